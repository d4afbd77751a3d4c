package org.pressdesk.pdf;

import org.pressdesk.domain.Logo;

/** The office's logo, drawn centred in its column at {@code width} × {@code height} points. */
record LogoItem(Logo logo, float width, float height, float spaceBefore, boolean keepWithNext) implements FlowItem {

    /** The logo scaled to fit {@code maxWidth} × {@code maxHeight}, keeping its proportions. */
    static LogoItem fitted(Logo logo, int pixelWidth, int pixelHeight, float maxWidth, float maxHeight) {
        float scale = Math.min(maxWidth / pixelWidth, maxHeight / pixelHeight);
        return new LogoItem(logo, pixelWidth * scale, pixelHeight * scale, 0f, false);
    }

    LogoItem withSpaceBefore(float space) {
        return new LogoItem(logo, width, height, space, keepWithNext);
    }
}
