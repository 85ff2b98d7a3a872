package no.nyttiggjort.scoring.score.service;

import java.util.Locale;
import java.util.Map;
import no.nyttiggjort.scoring.formula.Analysis;
import no.nyttiggjort.scoring.formula.Factor;
import no.nyttiggjort.scoring.formula.FactorOutlook;

/**
 * A bar chart of the five levels with the score, as standalone SVG a portal can put in an
 * {@code <img>}. Bars of blocked factors are red and the recommended focus is marked, so the chart
 * says the same as the numbers: the weakest factor is where work pays off.
 */
public final class ScoreChart {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 340;
    private static final int LEFT = 60;
    private static final int TOP = 70;
    private static final int PLOT_HEIGHT = 200;
    private static final int BAR_WIDTH = 60;
    private static final int GAP = 36;
    private static final Map<Factor, String> LABELS = Map.of(Factor.BEHOV, "Behov", Factor.LOSNING, "Løsning",
            Factor.ILDSJEL, "Ildsjel", Factor.TEAM, "Team", Factor.FORANKRING, "Forankring");

    private ScoreChart() {
    }

    public static String render(String projectTitle, Analysis analysis) {
        StringBuilder svg = new StringBuilder(4096);
        String title = escape(projectTitle);
        String score = String.format(Locale.ROOT, "%s", analysis.score().percent().toPlainString());
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"sans-serif\">\n")
                .append("<title id=\"chart-title\">Suksessformelen: ").append(title).append("</title>\n")
                .append("<desc id=\"chart-desc\">").append(description(analysis)).append("</desc>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text x=\"").append(LEFT).append("\" y=\"28\" font-size=\"16\" font-weight=\"bold\" fill=\"#1a1a1a\">")
                .append(title).append("</text>\n")
                .append("<text x=\"").append(LEFT).append("\" y=\"52\" font-size=\"14\" fill=\"#1a1a1a\">Score ")
                .append(score).append(" av 100").append(analysis.blocked().isEmpty() ? "" : " (blokkert)")
                .append("</text>\n");
        grid(svg);
        int x = LEFT + GAP / 2;
        for (FactorOutlook factor : analysis.factors()) {
            bar(svg, x, factor, analysis);
            x += BAR_WIDTH + GAP;
        }
        return svg.append("</svg>\n").toString();
    }

    private static void grid(StringBuilder svg) {
        int right = LEFT + 5 * (BAR_WIDTH + GAP);
        for (int level = 0; level <= 5; level++) {
            int y = TOP + PLOT_HEIGHT - level * PLOT_HEIGHT / 5;
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(right)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>\n")
                    .append("<text x=\"").append(LEFT - 10).append("\" y=\"").append(y + 4)
                    .append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#555555\">").append(level).append("</text>\n");
        }
    }

    private static void bar(StringBuilder svg, int x, FactorOutlook factor, Analysis analysis) {
        int height = factor.level() * PLOT_HEIGHT / 5;
        int y = TOP + PLOT_HEIGHT - height;
        boolean blocked = factor.level() == 0;
        boolean focus = factor.factor() == analysis.recommendedFocus();
        String colour = blocked ? "#c62828" : focus ? "#ef8f00" : "#2e6da4";
        String label = LABELS.get(factor.factor());
        svg.append("<g><title>").append(label).append(": ").append(factor.level()).append(" av 5")
                .append(focus ? ", anbefalt fokus" : "").append("</title>\n")
                .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BAR_WIDTH)
                .append("\" height=\"").append(Math.max(height, blocked ? 3 : 0)).append("\" fill=\"").append(colour)
                .append("\"/>\n")
                .append("<text x=\"").append(x + BAR_WIDTH / 2).append("\" y=\"").append(y - 6)
                .append("\" font-size=\"13\" text-anchor=\"middle\" fill=\"#1a1a1a\">").append(factor.level())
                .append("</text>\n")
                .append("<text x=\"").append(x + BAR_WIDTH / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT + 20)
                .append("\" font-size=\"13\" text-anchor=\"middle\" fill=\"#1a1a1a\">").append(label).append("</text>\n");
        if (focus) {
            svg.append("<text x=\"").append(x + BAR_WIDTH / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT + 38)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#ef8f00\">fokus</text>\n");
        }
        svg.append("</g>\n");
    }

    private static String description(Analysis analysis) {
        StringBuilder d = new StringBuilder("Nivå 0 til 5 per faktor.");
        for (FactorOutlook f : analysis.factors()) {
            d.append(' ').append(LABELS.get(f.factor())).append(' ').append(f.level()).append('.');
        }
        if (analysis.recommendedFocus() != null) {
            d.append(" Anbefalt fokus: ").append(LABELS.get(analysis.recommendedFocus())).append('.');
        }
        return d.toString();
    }

    /** Project titles are user text: they must not be able to break out of the XML. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // Control characters other than tab and newline are not allowed in XML 1.0 at all.
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
