package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as the test office's administrator, on one data folder or another, with the exchange key. */
final class AdminCli {
    private final Cli cli = new Cli().with(CliContext.KEYSTORE_PASSWORD_VARIABLE, "cle-d-echange-1");

    Cli cli() {
        return cli;
    }

    /** Runs {@code args} as the administrator on the data folder {@code data}. */
    Cli.Run as(String data, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = data;
        all[2] = "--user";
        all[3] = org.pressdesk.testing.TestOffice.ADMIN;
        System.arraycopy(args, 0, all, 4, args.length);
        return cli.run(all);
    }

    static Cli.Run ok(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }
}
