package io.touchmap.fuzz;

/**
 * One map of the repository with one value replaced by a wrong one.
 *
 * @param number the mutant's place among all mutants, to run it alone with {@code -Dtouchmap.mutant=<number>}
 * @param file the mutated file, by its path in the map directory
 */
record Mutant(int number, FixtureMap map, String file, MutationSite site, WrongValue value) {

    /** The mutated file's text. */
    String text(String original) {
        return site.replace(original, value);
    }

    /**
     * The map, the field and the wrong value, without the positions in lists: {@code touchpoints[].kpis[].target}
     * replaced by text in the example map is one place, whichever touchpoint and KPI it is.
     */
    String place() {
        String field = site.path().replaceAll("\\[\\d+]", "[]").replaceFirst("^line \\d+, ", "");
        return map.label() + (site.csv() ? " CSV " : " ") + field + " " + value;
    }

    /**
     * Where and what, with the fixture file's own path so that a console or an IDE links to it, such as
     * {@code ../example-site/src/touchmap/touchpoints/03-achat.yaml:42:17 touchpoints[0].kpis[0].target: '50' replaced by text}.
     */
    String describe() {
        return map.files().get(file).toString().replace('\\', '/') + ":" + site.line() + ":" + site.column() + " "
                + site.path() + ": '" + site.was() + "' replaced by " + value.label();
    }
}
