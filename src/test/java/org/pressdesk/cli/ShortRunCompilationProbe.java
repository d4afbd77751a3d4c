package org.pressdesk.cli;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.pressdesk.local.Pbkdf2;

/**
 * A JVM of its own for {@link ShortRunCompilationTest}: restrains its compiler as a short command does (or not, with
 * {@code left}), makes one plain method and the password hash hot, and prints the JVM's answer and the compiled code's
 * list (HotSpot's {@code Compiler.codelist}: id, level, state, method).
 */
public final class ShortRunCompilationProbe {
    private ShortRunCompilationProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (!args[0].equals("left")) {
            System.out.println("answer: " + ShortRunCompilation.restrain().orElse("none"));
        }
        long sum = 0;
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 50_000; i++) {
                sum += hot(i);
            }
            Thread.sleep(20); // the compilers work in the background
        }
        byte[] key = Pbkdf2.sha256("mot de passe".toCharArray(), new byte[16], 400_000);
        Thread.sleep(500);
        System.out.println("sum: " + sum + " " + key.length);
        System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerCodelist",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }

    static long hot(int i) {
        long x = i;
        for (int j = 0; j < 8; j++) {
            x = x * 31 + (x >>> 7) + j;
        }
        return x;
    }
}
