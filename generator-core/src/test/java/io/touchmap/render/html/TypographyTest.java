package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.internal.text.Labels;
import io.touchmap.model.TouchpointMap;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * French typography in every label and in the pages built around them: elision before a vowel (« d'Essais », not
 * « de Essais »), no « de le », a narrow no-break space before « : ; ! ? » and inside « », never a plain space; and
 * no space before punctuation in English.
 */
class TypographyTest {

    /** Values a label's arguments take, as the fixture maps hold them: names starting with a vowel, and subjects. */
    private static final List<Object> SAMPLES = List.of("Essais transformés", "avis clients", "Hôte passionné",
            "le point de contact 'accueil'", "les éléments (elements) dans l'étape 'achat'", "Visites");

    private static final Pattern NO_ELISION = Pattern.compile(
            "(?<![\\p{L}'’-])(?:de|que|le|la|ne|se|ce|jusque|lorsque|puisque) [aeiouàâéèêëîïôöûüœæAEIOUÀÂÉÈÊËÎÏÔÖÛÜŒÆ]");
    /** « de » or « à » before a sample subject, which should read « du », « des », « au », « aux ». */
    private static final Pattern NO_CONTRACTION = Pattern.compile("(?<![\\p{L}'’-])(?:de|à) (?:le point|les éléments)");
    /** The diff quotes the names it lists in these labels. */
    private static final List<String> QUOTED_ARGUMENTS = List.of("diff.items.added", "diff.items.removed",
            "diag.TM001.unclosedFlow.message");
    private static final Pattern PLAIN_SPACE_BEFORE = Pattern.compile(" [:;!?](?=\\s|$)");
    private static final Pattern OPEN_QUOTE = Pattern.compile("«(?![\u202F\u00A0])");
    private static final Pattern CLOSE_QUOTE = Pattern.compile("(?<![\u202F\u00A0])»");

    @Test
    void everyFrenchLabelElidesAndSpacesItsPunctuationWhateverItsArguments() {
        Labels french = Labels.forLanguage("fr");
        List<String> faults = new ArrayList<>();
        for (String key : french.all().keySet()) {
            for (String text : formatted(french, key)) {
                faults.addAll(faults(key, text, true));
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void noEnglishLabelHasASpaceBeforePunctuation() {
        Labels english = Labels.forLanguage("en");
        List<String> faults = new ArrayList<>();
        for (String key : english.all().keySet()) {
            for (String text : formatted(english, key)) {
                faults.addAll(faults(key, text, false));
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void theFaultsAreFound() {
        assertEquals(List.of("k: no elision in 'Courbe de Essais'", "k: no contraction in 'retrait de le point'",
                "k: plain space before punctuation in 'Source : CRM'", "k: « without a narrow space in '«Tarte»'",
                "k: » without a narrow space in '«Tarte»'"),
                List.of(faults("k", "Courbe de Essais", true).get(0), faults("k", "retrait de le point", true).get(0),
                        faults("k", "Source : CRM", true).get(0), faults("k", "«Tarte»", true).get(0),
                        faults("k", "«Tarte»", true).get(1)));
        assertEquals(List.of(), faults("k", "Courbe d'Essais\u202f; «\u202fTarte\u202f» de Hôte de 3", true));
    }

    @Test
    void theExampleSiteInFrenchAndAnEnglishSiteReadWithTheirTypography() throws IOException {
        LoadResult example = Touchmap.load(Path.of("..", "example-site", "src", "touchmap"));
        assertEquals("fr", example.map().info().locale());
        MemoryOutput french = new MemoryOutput();
        HtmlSite.render(example, ReportSettings.DEFAULT, french);
        MemoryOutput english = Fixtures.render("site-map");
        List<String> faults = new ArrayList<>();
        faults.addAll(pageFaults(french, true, sources(Path.of("..", "example-site", "src", "touchmap")), names(example)));
        LoadResult site = Fixtures.load("site-map");
        faults.addAll(pageFaults(english, false, sources(Fixtures.directory("site-map")), names(site)));
        assertEquals(List.of(), faults);
    }

    /** Every file of a map, as one text: the words its author wrote, which the site shows as written. */
    private static String sources(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).filter(file -> file.toString().matches(".*\\.(yaml|yml|csv|md)")).sorted().toList()) {
                text.append(Files.readString(file)).append('\n');
            }
            // YAML folds long texts over lines: compared word by word
            return text.toString().replaceAll("\\s+", " ");
        }
    }

    /** The names in a map, longest first: the site writes them as their author did, inside its own sentences. */
    private static List<String> names(LoadResult result) {
        TouchpointMap map = result.map();
        List<String> names = new ArrayList<>();
        map.kpis().forEach(k -> names.add(k.displayName()));
        map.touchpoints().forEach(t -> names.add(t.displayName()));
        map.stages().forEach(s -> names.add(s.displayName()));
        map.channels().forEach(c -> names.add(c.displayName()));
        map.personas().forEach(p -> names.add(p.name()));
        names.sort(Comparator.comparingInt(String::length).reversed());
        return names;
    }

    private static List<String> pageFaults(MemoryOutput site, boolean french, String authored, List<String> names) {
        List<String> faults = new ArrayList<>();
        Map<String, byte[]> files = new TreeMap<>(site.files());
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                HtmlPage page = HtmlPage.parse(new String(bytes, StandardCharsets.UTF_8));
                List<String> texts = new ArrayList<>(page.texts("//h:body//text()"));
                texts.addAll(page.texts("//h:img/@alt"));
                for (String text : texts) {
                    if (!text.isBlank() && !authored.contains(text.strip().replaceAll("\\s+", " "))) {
                        String ours = text;
                        for (String name : names) {
                            ours = ours.replace(name, "X");
                        }
                        faults.addAll(faults(path, ours, french));
                    }
                }
            }
        });
        return faults;
    }

    /**
     * The label under {@code key} filled with each sample; a number wherever the label formats a number or the words
     * around an argument say it is one (a count of octets, a limit, a range « de {2} à {3} »).
     */
    private static List<String> formatted(Labels labels, String key) {
        String pattern = labels.pattern(key);
        MessageFormat format = new MessageFormat(pattern, labels.locale());
        Format[] formats = format.getFormatsByArgumentIndex();
        List<String> texts = new ArrayList<>();
        for (Object sample : SAMPLES) {
            Object[] arguments = new Object[Math.max(formats.length, 10)];
            for (int i = 0; i < arguments.length; i++) {
                boolean number = i < formats.length && formats[i] != null || numeric(pattern, i);
                arguments[i] = number ? 2 : QUOTED_ARGUMENTS.contains(key) ? "'" + sample + "'" : sample;
            }
            texts.add(format.format(arguments));
        }
        return texts;
    }

    private static boolean numeric(String pattern, int argument) {
        String at = "\\{" + argument + "\\}";
        return Pattern.compile(at + " (?:à \\{|octets|niveaux|caractères|valeurs|fichiers|problèmes|alias|points|indicateurs|jours"
                + "|bytes|levels|characters|values|files|problems|aliases|touchpoints|KPIs|days)").matcher(pattern).find()
                || Pattern.compile("(?:limite de|plus de|était de|objectif de|vigilance de|objectif|écart de|vaut|ligne|colonne|Étapes|à|to|of|line|column) "
                        + at).matcher(pattern).find();
    }

    private static List<String> faults(String where, String text, boolean french) {
        List<String> faults = new ArrayList<>();
        if (french) {
            find(NO_ELISION, text, where, "no elision", faults);
            find(NO_CONTRACTION, text, where, "no contraction", faults);
            find(OPEN_QUOTE, text, where, "« without a narrow space", faults);
            find(CLOSE_QUOTE, text, where, "» without a narrow space", faults);
        }
        find(PLAIN_SPACE_BEFORE, text, where, "plain space before punctuation", faults);
        return faults;
    }

    private static void find(Pattern pattern, String text, String where, String fault, List<String> faults) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            faults.add(where + ": " + fault + " in '" + text + "'");
        }
    }
}
