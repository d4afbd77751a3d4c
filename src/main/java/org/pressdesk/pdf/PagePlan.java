package org.pressdesk.pdf;

import java.util.List;

/** Everything on one page, ready to draw. */
record PagePlan(List<Placed> items) {
}
