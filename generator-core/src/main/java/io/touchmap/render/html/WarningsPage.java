package io.touchmap.render.html;

import io.touchmap.internal.text.Printable;
import io.touchmap.render.html.SitePage.PageFile;
import io.touchmap.render.html.Views.Warning;
import java.util.List;
import java.util.function.Supplier;

/** {@code warnings.html}: the validation warnings of the map, each with its file, line and column. */
final class WarningsPage implements SitePage {

    private static final String TEMPLATE = "warnings.ftlh";

    @Override
    public List<String> templates() {
        return List.of(TEMPLATE);
    }

    @Override
    public List<Supplier<PageFile>> pages(SiteContext site) {
        return List.of(() -> PageFile.prepare("warnings.html", TEMPLATE,
                site.page(site.labels().get("common.warnings"), "", "warnings"), charts -> view(site)));
    }

    private static Views.WarningsView view(SiteContext site) {
        return new Views.WarningsView(site.warnings().stream().map(d -> new Warning(
                Printable.of(d.location().format(site.mapDirectory())), d.code().code(), Printable.of(d.message().in(site.labels())),
                d.hint() == null ? null : Printable.of(d.hint().in(site.labels())))).toList());
    }
}
