package org.pressdesk.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The yardstick of the start-up benchmark: a bare JavaFX window, started the same way as PressDesk. */
public final class BareWindow extends Application {

    /** A plain main class, as for PressDesk: the Application subclass itself cannot start from the class path. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("PressDesk")), 800, 600));
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            System.out.println("pressdesk.probe shown " + ManagementFactory.getRuntimeMXBean().getUptime());
            System.out.println("pressdesk.probe list " + ManagementFactory.getRuntimeMXBean().getUptime());
            System.out.println("pressdesk.probe cpu-ms " + ProcessHandle.current().info().totalCpuDuration()
                    .map(java.time.Duration::toMillis).orElse(-1L));
            System.out.flush();
            Platform.runLater(Platform::exit);
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
        stage.show();
    }
}
