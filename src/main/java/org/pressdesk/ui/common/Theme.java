package org.pressdesk.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The one theme: AtlantaFX's Primer Light, whose colour variables the views' style sheets use. */
public final class Theme {
    private Theme() {
    }

    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
