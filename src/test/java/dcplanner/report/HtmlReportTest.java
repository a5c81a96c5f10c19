package dcplanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import dcplanner.chart.ChartFixtures;
import dcplanner.chart.NamedEvaluation;
import dcplanner.policy.PolicyRules;

/** The report parsed as XML: its sections, tables, inline charts, and that it reaches for nothing outside. */
class HtmlReportTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final List<NamedEvaluation> SCENARIOS = ChartFixtures.SCENARIOS;

    /** The policy checks, as the report command adds them. */
    private static final ReportSection POLICY = new PolicySection(PolicyRules.bundled());

    private static String html;
    private static Document page;

    @BeforeAll
    static void render() throws Exception {
        html = new HtmlReport(SCENARIOS, ChartFixtures.LIMITS, List.of(POLICY)).render("Test report <&>");
        page = parse(html);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void titleAndSectionsInOrderWithTheExtraSectionAfterTheResults() {
        assertThat(page.getElementsByTagNameNS(XHTML, "title").item(0).getTextContent()).isEqualTo("Test report <&>");
        List<String> headings = texts(page.getElementsByTagNameNS(XHTML, "h2"));
        assertThat(headings).containsExactly("Scenarios", "Results", "Policy checks", "Charts", "Warnings", "Inputs",
                "Data sources");
        // the contents link to every section, and every link has its target
        List<String> links = new ArrayList<>();
        NodeList anchors = page.getElementsByTagNameNS(XHTML, "a");
        for (int i = 0; i < anchors.getLength(); i++) {
            String href = ((Element) anchors.item(i)).getAttribute("href");
            links.add(href);
            assertThat(page.getElementById(href.substring(1)) != null || html.contains("id=\"" + href.substring(1)
                    + "\"")).as(href).isTrue();
        }
        assertThat(links).hasSize(headings.size());
    }

    @Test
    void resultsTableHasOneColumnPerScenarioAndTheirValues() {
        Element results = table(1);
        List<String> header = texts(results.getElementsByTagNameNS(XHTML, "th"));
        assertThat(header.subList(2, header.size())).containsExactlyElementsOf(SCENARIOS.stream()
                .map(NamedEvaluation::name).toList());
        Element pueRow = row(results, "PUE (annual)");
        List<String> cells = texts(pueRow.getElementsByTagNameNS(XHTML, "td"));
        for (int s = 0; s < SCENARIOS.size(); s++) {
            assertThat(cells.get(2 + s)).isEqualTo(String.format(Locale.ROOT, "%.3f",
                    SCENARIOS.get(s).evaluation().energy().pue()));
        }
        assertThat(texts(table(0).getElementsByTagNameNS(XHTML, "tr"))).hasSize(1 + SCENARIOS.size());
    }

    @Test
    void policyChecksShowEachApplicableRuleOfEachScenario() {
        NodeList tables = page.getElementsByTagNameNS(XHTML, "table");
        List<Element> policy = new ArrayList<>();
        for (int i = 0; i < tables.getLength(); i++) {
            if (((Element) tables.item(i)).getAttribute("class").equals("policy")) {
                policy.add((Element) tables.item(i));
            }
        }
        // one table per scenario, each under the scenario's name
        assertThat(policy).hasSize(SCENARIOS.size());
        assertThat(texts(page.getElementsByTagNameNS(XHTML, "h3"))).containsSubsequence(SCENARIOS.stream()
                .map(NamedEvaluation::name).toList());
        assertThat(texts(policy.get(0).getElementsByTagNameNS(XHTML, "th"))).containsExactly("Rule", "Where",
                "Metric", "At load", "Value", "Limit", "Result", "Margin", "Status", "Source");
        // Singapore: the roadmap's PUE 1.30 at full IT load (IMDA 2024), a guideline
        List<String> roadmap = texts(row(policy.get(0), "sgp-roadmap-pue-100").getElementsByTagNameNS(XHTML, "td"));
        double pueFull = SCENARIOS.get(0).evaluation().pueAtLoad(100);
        assertThat(roadmap.subList(1, 7)).containsExactly("SGP", "pue", "100%", String.format(Locale.ROOT, "%.3f",
                pueFull), "<= 1.3", pueFull <= 1.30 ? "pass" : "FAIL");
        assertThat(Double.parseDouble(roadmap.get(7))).isCloseTo(1.30 - pueFull, org.assertj.core.api.Assertions
                .within(0.0006));
        assertThat(roadmap.get(8)).isEqualTo("guideline");
        assertThat(roadmap.get(9)).contains("IMDA Green Data Centre Roadmap");
        // Johor Bahru: Johor's rules (annual PUE 1.4 and WUE 1.8, in force), no Singapore rule
        Element johor = policy.get(2);
        List<String> johorPue = texts(row(johor, "mys-johor-pue").getElementsByTagNameNS(XHTML, "td"));
        assertThat(johorPue.subList(1, 4)).containsExactly("MYS/Johor", "pue", "annual");
        assertThat(johorPue.get(8)).isEqualTo("in force");
        row(johor, "mys-johor-wue");
        assertThat(texts(johor.getElementsByTagNameNS(XHTML, "td"))).noneMatch(t -> t.startsWith("sgp-"));
    }

    @Test
    void kualaLumpurGetsNoJohorRule() throws Exception {
        Xhtml section = new Xhtml();
        section.open("div", "xmlns", XHTML);
        POLICY.write(section, List.of(ChartFixtures.named("KL", false, "site", "kuala-lumpur")));
        section.close();
        Document fragment = parse(section.toString());
        assertThat(fragment.getElementsByTagNameNS(XHTML, "table").getLength()).isZero();
        assertThat(texts(fragment.getElementsByTagNameNS(XHTML, "p"))).anyMatch(p -> p.startsWith(
                "No policy rule applies to this site in MYS"));
    }

    @Test
    void inputsAndSourcesTablesCoverEveryInputWithItsConfidence() {
        Element inputs = table(2);
        Element cooling = row(inputs, "cooling");
        assertThat(cooling.getAttribute("class")).isEqualTo("differs");
        assertThat(row(inputs, "it_capacity_kw").getAttribute("class")).isEmpty(); // the same 1000 kW everywhere
        Element sources = table(3);
        List<String> confidences = new ArrayList<>();
        NodeList rows = sources.getElementsByTagNameNS(XHTML, "tr");
        for (int r = 1; r < rows.getLength(); r++) {
            List<String> cells = texts(((Element) rows.item(r)).getElementsByTagNameNS(XHTML, "td"));
            confidences.add(cells.get(4));
            assertThat(cells.get(2)).as("source of " + cells.get(0)).isNotBlank();
        }
        assertThat(confidences).contains("high", "medium", "user").allMatch(c -> List.of("high", "medium", "low",
                "assumption", "user").contains(c));
    }

    @Test
    void chartsAreInlineSvgOnePerKindAndHourlyChartsOfTheScenarioWithHours() {
        NodeList svgs = page.getElementsByTagNameNS(SVG, "svg");
        // eight comparison charts, and hourly PUE and mode of the one scenario that kept its hours
        assertThat(svgs.getLength()).isEqualTo(HtmlReport.CHARTS.size());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            ids.add(svg.getAttribute("id"));
            assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 1200 800");
        }
        assertThat(ids).doesNotHaveDuplicates().contains("chart-metric-comparison",
                "chart-hourly-pue-singapore-water-cooled");
        assertThat(texts(page.getElementsByTagNameNS(XHTML, "figcaption"))).hasSize(svgs.getLength());
    }

    @Test
    void nothingOutsideThePageIsReferenced() {
        for (String tag : List.of("script", "img", "link", "iframe", "object", "embed", "image", "use")) {
            assertThat(page.getElementsByTagNameNS("*", tag).getLength()).as(tag).isZero();
        }
        Pattern external = Pattern.compile("(?i)^\\s*(https?:|ftp:|file:|//|data:)");
        NodeList all = page.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                if (attribute.getNodeName().startsWith("xmlns")) {
                    continue; // namespace names identify, they are never fetched
                }
                assertThat(external.matcher(attribute.getNodeValue()).find()).as(attribute.getNodeName() + "="
                        + attribute.getNodeValue()).isFalse();
                if (attribute.getNodeName().endsWith("href")) {
                    assertThat(attribute.getNodeValue()).startsWith("#");
                }
            }
        }
        String style = page.getElementsByTagNameNS(XHTML, "style").item(0).getTextContent();
        assertThat(style).doesNotContain("url(").doesNotContain("@import").contains("@media print").contains("@page");
    }

    @Test
    void warningsAreListedByScenario() {
        assertThat(html).contains("maintenance, staff and insurance costs are not included");
        // a heading per scenario in the policy checks, then one per scenario with warnings
        List<String> names = SCENARIOS.stream().map(NamedEvaluation::name).toList();
        List<String> twice = new ArrayList<>(names);
        twice.addAll(names);
        assertThat(texts(page.getElementsByTagNameNS(XHTML, "h3"))).containsExactlyElementsOf(twice);
    }

    @Test
    void namesAreEscapedAndTheSameScenariosGiveTheSamePage() throws Exception {
        List<NamedEvaluation> hostile = List.of(new NamedEvaluation("<script>alert(1)</script> & \"x\"",
                SCENARIOS.get(1).evaluation()));
        String once = new HtmlReport(hostile, ChartFixtures.LIMITS, List.of()).render("t");
        assertThat(once).doesNotContain("<script>");
        assertThat(parse(once).getElementsByTagNameNS(XHTML, "td").item(0).getTextContent())
                .isEqualTo("<script>alert(1)</script> & \"x\"");
        assertThat(new HtmlReport(hostile, ChartFixtures.LIMITS, List.of()).render("t")).isEqualTo(once);
    }

    private static Element table(int index) {
        // 0 scenarios, 1 results, 2 inputs, 3 sources; the policy section's tables left out
        NodeList tables = page.getElementsByTagNameNS(XHTML, "table");
        List<Element> others = new ArrayList<>();
        for (int i = 0; i < tables.getLength(); i++) {
            if (!((Element) tables.item(i)).getAttribute("class").equals("policy")) {
                others.add((Element) tables.item(i));
            }
        }
        return others.get(index);
    }

    private static Element row(Element table, String firstCell) {
        NodeList rows = table.getElementsByTagNameNS(XHTML, "tr");
        for (int r = 0; r < rows.getLength(); r++) {
            NodeList cells = ((Element) rows.item(r)).getElementsByTagNameNS(XHTML, "td");
            if (cells.getLength() > 0 && cells.item(0).getTextContent().equals(firstCell)) {
                return (Element) rows.item(r);
            }
        }
        throw new AssertionError("no row " + firstCell);
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
