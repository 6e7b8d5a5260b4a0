package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.MapInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document's information dictionary and XMP metadata (title, author = organisation, subject, keywords,
 * language, dates), and its file identifier: all derived from the map and the given date, never from the clock, so
 * that the same map gives the same bytes.
 */
final class PdfMetadata {

    static final String PRODUCER = "Touchmap";

    private PdfMetadata() {
    }

    static void write(PDDocument document, MapInfo info, List<LifecycleStage> stages, Labels labels, LocalDate date,
            boolean tagged) throws IOException {
        String title = info.displayTitle();
        String author = info.organisation() == null ? "" : info.organisation();
        String subject = labels.format("pdf.metadata.subject", author.isEmpty() ? title : author);
        List<String> keywords = new ArrayList<>(List.of(labels.get("pdf.metadata.keywords").split(",\\s*")));
        stages.stream().map(LifecycleStage::displayName).forEach(keywords::add);
        String keywordText = String.join(", ", keywords);

        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(title);
        if (!author.isEmpty()) {
            information.setAuthor(author);
        }
        information.setSubject(subject);
        information.setKeywords(keywordText);
        information.setCreator(PRODUCER);
        information.setProducer(PRODUCER);
        Calendar calendar = date == null ? null : calendar(date);
        if (calendar != null) {
            information.setCreationDate(calendar);
            information.setModificationDate(calendar);
        }
        document.setDocumentInformation(information);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(labels.language());
        catalog.setPageMode(PageMode.USE_OUTLINES);
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        byte[] id = identifier(info, date);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, author, subject, keywordText, labels.language(), date, id, tagged)
                .getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    /** The sRGB profile every colour of the document is printed in (see NOTICE), read once. */
    private static byte[] srgb() throws IOException {
        byte[] profile = SRGB;
        if (profile == null) {
            try (InputStream in = PdfMetadata.class.getResourceAsStream("color/sRGB.icc")) {
                if (in == null) {
                    throw new IllegalStateException("the sRGB profile is missing from the jar");
                }
                profile = in.readAllBytes();
            }
            SRGB = profile;
        }
        return profile;
    }

    private static volatile byte[] SRGB;

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }

    /** A file identifier derived from what the document is about, the same for every render of the same map. */
    private static byte[] identifier(MapInfo info, LocalDate date) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("touchmap-pdf\n" + info.id() + "\n" + info.title() + "\n" + info.organisation() + "\n" + date)
                    .getBytes(StandardCharsets.UTF_8));
            byte[] id = new byte[16];
            System.arraycopy(digest.digest(), 0, id, 0, 16);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String xmp(String title, String author, String subject, String keywords, String language,
            LocalDate date, byte[] id, boolean tagged) {
        String uuid = uuid(id);
        StringBuilder xml = new StringBuilder();
        xml.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n")
                .append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n")
                .append("    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        if (tagged) {
            // what the document conforms to: only a tagged one is PDF/UA-1 and PDF/A-2a
            xml.append("   <pdfaid:part>2</pdfaid:part>\n")
                    .append("   <pdfaid:conformance>A</pdfaid:conformance>\n")
                    .append("   <pdfuaid:part>1</pdfuaid:part>\n");
        }
        xml.append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!author.isEmpty()) {
            xml.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        xml.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(subject))
                .append("</rdf:li></rdf:Alt></dc:description>\n")
                .append("   <dc:language><rdf:Bag><rdf:li>").append(escape(language))
                .append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("   <pdf:Keywords>").append(escape(keywords)).append("</pdf:Keywords>\n")
                .append("   <pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n")
                .append("   <xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n");
        if (date != null) {
            String stamp = date + "T00:00:00Z";
            xml.append("   <xmp:CreateDate>").append(stamp).append("</xmp:CreateDate>\n")
                    .append("   <xmp:ModifyDate>").append(stamp).append("</xmp:ModifyDate>\n")
                    .append("   <xmp:MetadataDate>").append(stamp).append("</xmp:MetadataDate>\n");
        }
        xml.append("   <xmpMM:DocumentID>uuid:").append(uuid).append("</xmpMM:DocumentID>\n")
                .append("   <xmpMM:InstanceID>uuid:").append(uuid).append("</xmpMM:InstanceID>\n")
                .append("  </rdf:Description>\n")
                .append(PDFUA_SCHEMA)
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return xml.toString();
    }

    /** The description of the PDF/UA identification schema, which PDF/A asks of every schema it does not predefine. */
    private static final String PDFUA_SCHEMA = """
              <rdf:Description rdf:about=""
                xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
               <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                 <pdfaProperty:name>part</pdfaProperty:name>
                 <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                 <pdfaProperty:category>internal</pdfaProperty:category>
                 <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                </rdf:li></rdf:Seq></pdfaSchema:property>
               </rdf:li></rdf:Bag></pdfaExtension:schemas>
              </rdf:Description>
            """;

    private static String uuid(byte[] id) {
        String hex = HexFormat.of().formatHex(id);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }

    /** XML text: markup characters escaped, characters XML 1.0 forbids dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
