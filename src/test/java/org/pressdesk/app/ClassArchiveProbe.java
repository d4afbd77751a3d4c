package org.pressdesk.app;

import java.util.OptionalInt;

/**
 * The main class of the small jar {@link ClassArchiveStartTest} starts with {@code java -jar}: as {@code Main} does
 * for the window, it asks {@link ClassArchiveStart} to run it in a second JVM, then says where it runs and ends with
 * the exit code it was given ({@code wait} first: it waits to be killed).
 */
public final class ClassArchiveProbe {
    private ClassArchiveProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        OptionalInt code = ClassArchiveStart.runWindow(args);
        if (code.isPresent()) {
            System.out.println("probe first exits " + code.getAsInt());
            System.exit(code.getAsInt());
        }
        ClassArchiveStart.followFirst(() -> {
            System.out.println("probe quits");
            System.out.flush();
            try {
                Thread.sleep(2_000); // as a window saving its drafts: a first JVM that did not wait would be gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("probe quit");
            System.out.flush();
            System.exit(3);
        });
        System.out.println("probe runs second=" + ClassArchiveStart.isSecond() + " pid="
                + ProcessHandle.current().pid() + " args=" + String.join("|", args));
        System.out.flush();
        if (args.length > 0 && args[0].equals("wait")) {
            Thread.sleep(60_000);
        }
        System.exit(args.length > 1 ? Integer.parseInt(args[1]) : 0);
    }
}
