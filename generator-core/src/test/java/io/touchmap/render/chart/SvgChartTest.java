package io.touchmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgChartTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";

    private static JFreeChart barChart(String valueAxisLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(3, "us", "Price");
        data.addValue(4, "us", "Service");
        return ChartFactory.createBarChart(null, null, valueAxisLabel, data);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void aChartIsWellFormedSvgWhoseTextShowsAHostileLabelAsWritten() throws Exception {
        String svg = SvgChart.svg(barChart(HOSTILE), 400, 200);
        Element root = parse(svg).getDocumentElement();
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        NodeList texts = root.getElementsByTagNameNS(SVG, "text");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        assertTrue(shown.contains(HOSTILE), shown.toString());
        assertEquals(0, root.getElementsByTagNameNS("*", "script").getLength());
        assertFalse(svg.contains("<script"));
    }

    @Test
    void theVerticalAxisLabelIsRotatedTextNotGlyphOutlines() {
        String svg = SvgChart.svg(barChart("Score"), 400, 200);
        assertTrue(svg.matches(".*<text transform='matrix\\(0,-1,1,0,[^']*\\)' x='[^']*' y='[^']*' class='s[0-9]+'>Score</text>.*"),
                svg);
    }
}
