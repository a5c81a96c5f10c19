package dcplanner.report;

import java.util.List;

import dcplanner.chart.NamedEvaluation;

/**
 * An extra section of the report (policy checks, for one): it writes its own heading and content
 * into the page, after the results table. Sections must write well-formed XHTML through the writer
 * and refer to nothing outside the page.
 */
public interface ReportSection {

    /** The section's heading, also its entry in the contents. */
    String title();

    /** Writes the section's body (tables, paragraphs) for these scenarios. */
    void write(Xhtml page, List<NamedEvaluation> scenarios);
}
