package org.galley.segment;

/** Kicker (引题), headline (主题) and subheadline (副题) of one article; any may be null. */
record Title(String kicker, String headline, String subheadline) {
    static final Title NONE = new Title(null, null, null);
}
