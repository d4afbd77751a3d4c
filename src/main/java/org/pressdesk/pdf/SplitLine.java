package org.pressdesk.pdf;

/**
 * Two pieces of text on one line, one at each end of the column, such as the reference on the left and the release
 * notice ("Pour diffusion immédiate") on the right. Either may be null.
 */
record SplitLine(TextLine left, TextLine right, float spaceBefore, boolean keepWithNext) implements FlowItem {

    @Override
    public float height() {
        float left = this.left == null ? 0 : this.left.height();
        float right = this.right == null ? 0 : this.right.height();
        return Math.max(left, right);
    }
}
