package dcplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Fill patterns drawn over a colour so that areas stay apart in greyscale print, where two colours
 * of equal lightness (Okabe-Ito orange and sky blue) would look the same. Drawn as plain lines and
 * dots clipped to the shape, so that PNG and SVG show the same pattern.
 */
public enum Hatch {
    NONE, DIAGONAL, DOTS, CROSS, HORIZONTAL;

    private static final double SPACING_PX = 7;

    /**
     * A legend swatch of {@code size} px showing the pattern: the square with the pattern's lines or
     * dots cut out, so that filling it with the colour and outlining it with the ink draws the pattern.
     */
    public Shape legendSwatch(double size) {
        double h = size / 2;
        Area swatch = new Area(new Rectangle2D.Double(-h, -h, size, size));
        double w = 1.4;
        switch (this) {
            case NONE -> {
                return swatch;
            }
            case DIAGONAL, CROSS -> {
                for (double x = -size; x <= size; x += SPACING_PX) {
                    swatch.subtract(new Area(new BasicStroke((float) w).createStrokedShape(
                            new Line2D.Double(x - h, h, x + h, -h))));
                    if (this == CROSS) {
                        swatch.subtract(new Area(new BasicStroke((float) w).createStrokedShape(
                                new Line2D.Double(x - h, -h, x + h, h))));
                    }
                }
            }
            case HORIZONTAL -> {
                for (double y = -h + SPACING_PX / 2; y < h; y += SPACING_PX) {
                    swatch.subtract(new Area(new Rectangle2D.Double(-h, y - w / 2, size, w)));
                }
            }
            case DOTS -> {
                for (double y = -h + SPACING_PX / 2; y < h; y += SPACING_PX) {
                    for (double x = -h + SPACING_PX / 2; x < h; x += SPACING_PX) {
                        swatch.subtract(new Area(new Ellipse2D.Double(x - 1.5, y - 1.5, 3, 3)));
                    }
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return swatch;
    }

    /** Fills {@code shape} with {@code fill} and draws this pattern over it in a contrasting ink. */
    public void paint(Graphics2D g2, Shape shape, Color fill) {
        g2.setPaint(fill);
        g2.fill(shape);
        if (this == NONE) {
            return;
        }
        Shape savedClip = g2.getClip();
        g2.clip(shape);
        g2.setPaint(ChartStyle.inkOn(fill));
        g2.setStroke(new BasicStroke(1.2f));
        Rectangle2D box = shape.getBounds2D();
        double x0 = box.getMinX();
        double y0 = box.getMinY();
        double x1 = box.getMaxX();
        double y1 = box.getMaxY();
        switch (this) {
            case DIAGONAL, CROSS -> {
                // lines of slope 1 (and -1 for cross) every SPACING_PX, anchored to the page so patterns line up
                double start = Math.floor((x0 - (y1 - y0)) / SPACING_PX) * SPACING_PX;
                for (double x = start; x <= x1; x += SPACING_PX) {
                    g2.draw(new Line2D.Double(x, y1, x + (y1 - y0), y0));
                    if (this == CROSS) {
                        g2.draw(new Line2D.Double(x, y0, x + (y1 - y0), y1));
                    }
                }
            }
            case HORIZONTAL -> {
                for (double y = Math.ceil(y0 / SPACING_PX) * SPACING_PX; y <= y1; y += SPACING_PX) {
                    g2.draw(new Line2D.Double(x0, y, x1, y));
                }
            }
            case DOTS -> {
                for (double y = Math.ceil(y0 / SPACING_PX) * SPACING_PX; y <= y1; y += SPACING_PX) {
                    for (double x = Math.ceil(x0 / SPACING_PX) * SPACING_PX; x <= x1; x += SPACING_PX) {
                        g2.fill(new Ellipse2D.Double(x - 1.3, y - 1.3, 2.6, 2.6));
                    }
                }
            }
            default -> throw new IllegalStateException(name());
        }
        g2.setClip(savedClip);
    }
}
