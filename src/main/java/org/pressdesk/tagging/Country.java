package org.pressdesk.tagging;

/** A country of the built-in vocabulary: ISO code, preferred French label, and whether a river bears its name. */
record Country(String code, String label, boolean river) {
}
