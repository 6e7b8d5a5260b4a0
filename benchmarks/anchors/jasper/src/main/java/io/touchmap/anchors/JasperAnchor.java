package io.touchmap.anchors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * JasperReports' side of the PDF pair in benchmarks/anchors/run.sh: one page per touchpoint of a synthetic map
 * (written by Touchmap's {@code SyntheticMap}), with its name, stage and its two KPIs as vector line charts of 24
 * monthly values and their target, the same values Touchmap draws.
 *
 * <pre>
 * java -cp … io.touchmap.anchors.JasperAnchor compile touchpoints.jrxml touchpoints.jasper   # once, not timed
 * java -cp … io.touchmap.anchors.JasperAnchor render touchpoints.jasper MAP_DIRECTORY out.pdf   # timed
 * </pre>
 *
 * <p>{@code render} reads the map's YAML files itself (a line reader of the synthetic map's fixed layout, not a YAML
 * parser), fills the precompiled report and exports the PDF, as Touchmap loads, renders and writes.
 */
public final class JasperAnchor {

    private JasperAnchor() {
    }

    /** A touchpoint's page. Public with getters: the report reads its fields as bean properties. */
    public static final class Touchpoint {
        private final String id;
        private String name = "";
        private String stage = "";
        private final List<Kpi> kpis = new ArrayList<>();

        Touchpoint(String id) {
            this.id = id;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getStage() {
            return stage;
        }

        public String getKpi1Name() {
            return kpis.get(0).name;
        }

        public List<Point> getKpi1() {
            return kpis.get(0).points;
        }

        public String getKpi2Name() {
            return kpis.get(1).name;
        }

        public List<Point> getKpi2() {
            return kpis.get(1).points;
        }
    }

    /** A KPI: its name, target and monthly values. */
    static final class Kpi {
        String name = "";
        double target;
        final List<Point> points = new ArrayList<>();
    }

    /** One month of a KPI's chart: the value and the KPI's target, drawn as two lines. */
    public static final class Point {
        private final String period;
        private final Double value;
        private final Double target;

        Point(String period, double value, double target) {
            this.period = period;
            this.value = value;
            this.target = target;
        }

        public String getPeriod() {
            return period;
        }

        public Double getValue() {
            return value;
        }

        public Double getTarget() {
            return target;
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length == 3 && args[0].equals("compile")) {
            JasperCompileManager.compileReportToFile(args[1], args[2]);
        } else if (args.length == 4 && args[0].equals("render")) {
            List<Touchpoint> touchpoints = read(Path.of(args[2]));
            JasperPrint print = JasperFillManager.fillReport(args[1], new HashMap<>(), new JRBeanCollectionDataSource(touchpoints));
            JasperExportManager.exportReportToPdfFile(print, args[3]);
            System.out.println("JasperReports: " + touchpoints.size() + " touchpoints, " + print.getPages().size() + " pages in " + args[3]);
        } else {
            System.err.println("usage: JasperAnchor compile REPORT.jrxml REPORT.jasper | render REPORT.jasper MAP_DIRECTORY OUTPUT.pdf");
            System.exit(2);
        }
    }

    /** Reads the touchpoints of the synthetic map's {@code touchpoints-NN.yaml} files, in file order. */
    static List<Touchpoint> read(Path map) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(map)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("touchpoints-")).sorted().toList();
        }
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (Path file : files) {
            Touchpoint touchpoint = null;
            Kpi kpi = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("  - id: ")) {
                    touchpoint = new Touchpoint(line.substring(8));
                    touchpoints.add(touchpoint);
                    kpi = null;
                } else if (touchpoint == null) {
                    continue;
                } else if (line.startsWith("    name: ")) {
                    touchpoint.name = line.substring(10);
                } else if (line.startsWith("    stage: ")) {
                    touchpoint.stage = line.substring(11);
                } else if (line.startsWith("      - id: ")) {
                    kpi = new Kpi();
                    touchpoint.kpis.add(kpi);
                } else if (kpi != null && line.startsWith("        name: ")) {
                    kpi.name = line.substring(14);
                } else if (kpi != null && line.startsWith("        target: ")) {
                    kpi.target = Double.parseDouble(line.substring(16));
                } else if (kpi != null && line.startsWith("          - { period: ")) {
                    // "          - { period: 2025-01, value: 63.2 }"
                    String period = line.substring(22, 29);
                    String value = line.substring(line.indexOf("value: ") + 7, line.lastIndexOf(' '));
                    kpi.points.add(new Point(period, Double.parseDouble(value), kpi.target));
                }
            }
        }
        return touchpoints;
    }
}
