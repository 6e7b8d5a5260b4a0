package io.touchmap.model;

/** A family of the fonts bundled for the PDF, which a map's theme may choose; the site keeps the reader's system fonts. */
public enum Typeface implements Keyword {
    DEJAVU_SANS("dejavu-sans"),
    DEJAVU_SERIF("dejavu-serif");

    private final String keyword;

    Typeface(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
