package dcplanner.economics;

import java.util.OptionalDouble;

/**
 * Discounting, annuity, IRR, levelised-cost and payback functions for the cost models.
 *
 * <p>Conventions used throughout (unless a method says otherwise):
 * <ul>
 *   <li>{@code rate} is a fraction per period, normally per year (0.08 means 8 %/yr). It must be
 *       finite and greater than -1, because (1 + rate) is the growth factor of one period.</li>
 *   <li>A cash-flow array {@code flows} is a yearly series: {@code flows[0]} happens now (t = 0,
 *       not discounted) and {@code flows[t]} at the end of year t. This is the usual project
 *       finance timeline and is <b>not</b> the spreadsheet NPV convention; see
 *       {@link #spreadsheetNpv(double, double...)} for that.</li>
 *   <li>Money paid out is negative, money received positive (spreadsheet sign convention).</li>
 * </ul>
 *
 * <p>Every method is pure, allocation-free apart from its result, rejects NaN/infinite inputs with
 * an {@link IllegalArgumentException} that names the input, and never returns NaN or infinity:
 * where a result would overflow it throws instead.
 */
public final class Finance {

    /** Highest rate the IRR search considers, fraction per period (1e9 = 100 000 000 000 %). */
    public static final double IRR_MAX_RATE = 1e9;

    /** Closest the IRR search goes to the lower bound -1 (rate = -1 + this). */
    private static final double IRR_MIN_DISTANCE_TO_MINUS_ONE = 1e-12;

    /** Fine IRR grid step near zero, where roots of interest almost always are. */
    private static final double IRR_FINE_STEP = 1e-3;

    /** The fine grid covers [-0.9, 1.0]; outside it the grid grows geometrically. */
    private static final double IRR_FINE_LOW = -0.9;
    private static final double IRR_FINE_HIGH = 1.0;
    private static final double IRR_COARSE_GROWTH = 1.02;

    private static final int BRENT_MAX_ITERATIONS = 200;
    private static final double BRENT_ABSOLUTE_TOLERANCE = 1e-15;

    private Finance() {
    }

    // ---------------------------------------------------------------------------------------------
    // Discounting

    /**
     * Present value of 1 received {@code years} from now: (1 + rate)^-years.
     * Standard compound-interest discount factor (as in any corporate-finance textbook, e.g.
     * Brealey, Myers &amp; Allen, Principles of Corporate Finance). {@code years} may be fractional (mid-year conventions) but not
     * negative.
     */
    public static double presentValueFactor(double rate, double years) {
        requireRate("rate", rate);
        requireNonNegative("years", years);
        return requireFiniteResult(Math.pow(1 + rate, -years), "presentValueFactor", rate, "years", years);
    }

    /**
     * Net present value with the project-finance timeline: Σ flows[t] / (1 + rate)^t for
     * t = 0..n-1, so {@code flows[0]} (usually the investment) is not discounted.
     *
     * <p>This differs from the spreadsheet NPV, which discounts its first value by one period
     * (Microsoft VBA/Excel NPV: "The NPV investment begins one period before the date of the first
     * cash flow value"). {@code npv(r, f) == f[0] + spreadsheetNpv(r, f[1..])}.
     */
    public static double npv(double rate, double[] flows) {
        requireRate("rate", rate);
        requireFlows("flows", flows);
        return requireFiniteResult(discountedSum(rate, flows), "npv", rate, "flows", flows.length);
    }

    /**
     * Spreadsheet NPV, exactly as Excel/LibreOffice/VBA NPV: Σ values[i] / (1 + rate)^(i+1) for
     * i = 0..n-1, i.e. the first value is discounted one full period (Microsoft Excel NPV function
     * help; Mescius Spread NPV docs: "The investment begins one period before the date of the
     * value1 cash flow"). Kept to test against published spreadsheet examples; the models use
     * {@link #npv(double, double[])}.
     */
    public static double spreadsheetNpv(double rate, double... values) {
        requireRate("rate", rate);
        requireFlows("values", values);
        double result = discountedSum(rate, values) / (1 + rate);
        return requireFiniteResult(result, "spreadsheetNpv", rate, "values", values.length);
    }

    /** Σ flows[t]·v^t with v = 1/(1 + rate), by Horner's rule from the last year backwards. */
    private static double discountedSum(double rate, double[] flows) {
        double v = 1 / (1 + rate);
        double sum = 0;
        for (int t = flows.length - 1; t >= 0; t--) {
            sum = sum * v + flows[t];
        }
        return sum;
    }

    /**
     * Future value of {@code value} after {@code years} of growth at {@code rate}:
     * value·(1 + rate)^years (compound escalation, e.g. tariff or cost indexation).
     * {@code years} may be fractional but not negative.
     */
    public static double escalate(double value, double rate, double years) {
        requireFinite("value", value);
        requireRate("rate", rate);
        requireNonNegative("years", years);
        return requireFiniteResult(value * Math.pow(1 + rate, years), "escalate", rate, "years", years);
    }

    // ---------------------------------------------------------------------------------------------
    // Annuities

    /**
     * Present value of 1 paid at the end of each year for {@code years} years (ordinary annuity,
     * "PVIFA"): Σ_{t=1..n} (1 + rate)^-t = (1 - (1 + rate)^-n) / rate, and n when rate = 0.
     * Standard ordinary-annuity formula (Brealey, Myers &amp; Allen); evaluated with expm1/log1p
     * so it stays accurate for rates near zero. years = 0 gives 0.
     */
    public static double annuityFactor(double rate, int years) {
        requireRate("rate", rate);
        requireNonNegative("years", years);
        return requireFiniteResult(annuityFactorUnchecked(rate, years), "annuityFactor", rate, "years", years);
    }

    private static double annuityFactorUnchecked(double rate, int years) {
        if (rate == 0) {
            return years;
        }
        // 1 - (1+r)^-n = -expm1(-n·ln(1+r))
        return -Math.expm1(-years * Math.log1p(rate)) / rate;
    }

    /**
     * Capital recovery factor: the level end-of-year payment that repays 1 now over
     * {@code years} years, rate·(1 + rate)^n / ((1 + rate)^n - 1) = 1 / annuityFactor, and 1/n when
     * rate = 0 (as used for annualised capital cost in NREL's Simple LCOE documentation).
     * Needs at least one year.
     */
    public static double capitalRecoveryFactor(double rate, int years) {
        requireRate("rate", rate);
        if (years < 1) {
            throw new IllegalArgumentException(
                    "years must be a whole number of years >= 1 for a capital recovery factor, but was " + years);
        }
        return requireFiniteResult(1 / annuityFactorUnchecked(rate, years), "capitalRecoveryFactor", rate,
                "years", years);
    }

    /**
     * Level payment per period with the spreadsheet PMT convention (Microsoft Excel PMT/PV
     * help): solves pv·(1+r)^n + pmt·(1 + r·type)·((1+r)^n - 1)/r + fv = 0 for pmt, and
     * pmt·n + pv + fv = 0 when r = 0. Cash paid out is negative, so a positive loan {@code pv}
     * gives a negative payment.
     *
     * @param ratePerPeriod interest rate per payment period (e.g. 0.08/12 for 8 %/yr paid monthly)
     * @param nper          number of payment periods, whole number >= 1
     * @param pv            present value (principal) now
     * @param fv            future value wanted after the last payment (0 for a loan)
     * @param type          0 = payments at the end of each period, 1 = at the beginning
     */
    public static double payment(double ratePerPeriod, int nper, double pv, double fv, int type) {
        requireRate("ratePerPeriod", ratePerPeriod);
        if (nper < 1) {
            throw new IllegalArgumentException("nper must be a whole number of periods >= 1, but was " + nper);
        }
        requireFinite("pv", pv);
        requireFinite("fv", fv);
        if (type != 0 && type != 1) {
            throw new IllegalArgumentException(
                    "type must be 0 (payment at end of period) or 1 (beginning of period), but was " + type);
        }
        double result;
        if (ratePerPeriod == 0) {
            result = -(pv + fv) / nper;
        } else {
            double growthMinusOne = Math.expm1(nper * Math.log1p(ratePerPeriod)); // (1+r)^n - 1
            double growth = growthMinusOne + 1;
            result = -(pv * growth + fv) * ratePerPeriod
                    / ((1 + ratePerPeriod * type) * growthMinusOne);
        }
        return requireFiniteResult(result, "payment", ratePerPeriod, "nper", nper);
    }

    // ---------------------------------------------------------------------------------------------
    // Internal rate of return

    /**
     * Internal rate of return of a yearly series ({@code flows[0]} at t = 0): the rate in
     * (-1, {@value #IRR_MAX_RATE}] at which {@link #npv(double, double[])} is zero. The definition
     * matches Excel IRR (the rate where NPV is 0), but no guess is needed.
     *
     * <p>Method: the NPV is sampled on a grid that starts at 0 and walks outwards in both
     * directions (steps of 0.001 on [-0.9, 1], then geometric steps towards -1 and towards
     * {@value #IRR_MAX_RATE}). On each side the first grid interval whose end points have NPVs of
     * opposite sign (a clean bracket) is refined with Brent's method (Brent 1973, "Algorithms for
     * Minimization without Derivatives", ch. 4: inverse quadratic/secant steps safeguarded by
     * bisection; plain bisection is used when the NPV overflows near rate -1).
     *
     * <p>Several sign changes in the flows can give several IRRs (Descartes' rule of signs bounds
     * their number by the number of sign changes). This method then returns <b>the bracketed root
     * nearest to 0</b>. Roots where the NPV only touches zero without crossing it, or two roots
     * within one grid step of each other, are not bracketed and so not found (except when the NPV
     * is exactly zero at a grid point).
     *
     * @throws IllegalArgumentException if the flows never change sign, or if no rate in the range
     *                                  gives a zero NPV (e.g. -1, 3, -3 changes sign twice but its
     *                                  NPV is negative at every rate)
     */
    public static double irr(double[] flows) {
        requireFlows("flows", flows);
        int signChanges = signChanges(flows);
        if (signChanges == 0) {
            throw new IllegalArgumentException("IRR undefined: cash flows never change sign (all "
                    + flows.length + " flows are >= 0 or all are <= 0), so no rate makes the NPV zero");
        }
        double atZero = discountedSum(0, flows);
        if (atZero == 0) {
            return 0;
        }
        double upward = nearestRootOnOneSide(flows, atZero, true);
        double downward = nearestRootOnOneSide(flows, atZero, false);
        if (Double.isNaN(upward) && Double.isNaN(downward)) {
            throw new IllegalArgumentException("IRR undefined: the cash flows change sign " + signChanges
                    + " time(s) but their NPV does not cross zero for any rate in (-1, " + IRR_MAX_RATE + "]");
        }
        if (Double.isNaN(downward)) {
            return upward;
        }
        if (Double.isNaN(upward)) {
            return downward;
        }
        return Math.abs(upward) <= Math.abs(downward) ? upward : downward;
    }

    /** Number of sign changes in the flows, ignoring zeros. */
    private static int signChanges(double[] flows) {
        int changes = 0;
        double previousSign = 0;
        for (double flow : flows) {
            double sign = Math.signum(flow);
            if (sign != 0) {
                if (previousSign != 0 && sign != previousSign) {
                    changes++;
                }
                previousSign = sign;
            }
        }
        return changes;
    }

    /**
     * Walks the grid from rate 0 up (or down) and returns the first root found, or NaN if the NPV
     * keeps the sign it has at rate 0 over the whole range. (NaN is internal only, never returned
     * by a public method.)
     */
    private static double nearestRootOnOneSide(double[] flows, double npvAtZero, boolean upward) {
        double lowRate = 0;
        double lowNpv = npvAtZero;
        for (int step = 1; ; step++) {
            double rate = irrGridPoint(step, upward);
            if (Double.isNaN(rate)) {
                return Double.NaN;
            }
            double value = discountedSum(rate, flows);
            if (value == 0) {
                return rate;
            }
            if (Math.signum(value) != Math.signum(lowNpv)) {
                return brent(flows, lowRate, lowNpv, rate, value);
            }
            lowRate = rate;
            lowNpv = value;
        }
    }

    /** Grid point number {@code step} (>= 1) above or below 0, or NaN past the end of the range. */
    private static double irrGridPoint(int step, boolean upward) {
        if (upward) {
            int fineSteps = (int) Math.round(IRR_FINE_HIGH / IRR_FINE_STEP);
            if (step <= fineSteps) {
                return step * IRR_FINE_STEP;
            }
            double rate = IRR_FINE_HIGH * Math.pow(IRR_COARSE_GROWTH, step - fineSteps);
            if (rate < IRR_MAX_RATE) {
                return rate;
            }
            double previous = IRR_FINE_HIGH * Math.pow(IRR_COARSE_GROWTH, step - fineSteps - 1);
            return previous < IRR_MAX_RATE ? IRR_MAX_RATE : Double.NaN;
        }
        int fineSteps = (int) Math.round(-IRR_FINE_LOW / IRR_FINE_STEP);
        if (step <= fineSteps) {
            return -step * IRR_FINE_STEP;
        }
        // distance to -1 shrinks geometrically from 0.1
        double distance = (1 + IRR_FINE_LOW) * Math.pow(1 / IRR_COARSE_GROWTH, step - fineSteps);
        if (distance > IRR_MIN_DISTANCE_TO_MINUS_ONE) {
            return -1 + distance;
        }
        double previous = (1 + IRR_FINE_LOW) * Math.pow(1 / IRR_COARSE_GROWTH, step - fineSteps - 1);
        return previous > IRR_MIN_DISTANCE_TO_MINUS_ONE ? -1 + IRR_MIN_DISTANCE_TO_MINUS_ONE : Double.NaN;
    }

    /**
     * Brent's root finder on [a, b] where npv(a) and npv(b) have opposite signs. Written from the
     * algorithm description in Brent (1973) ch. 4: keep a bracket [b, c] with b the best estimate,
     * try inverse quadratic interpolation (or secant), accept the step only if it stays well inside
     * the bracket and shrinks fast enough, otherwise bisect.
     */
    private static double brent(double[] flows, double a, double fa, double b, double fb) {
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int i = 0; i < BRENT_MAX_ITERATIONS; i++) {
            if (Math.signum(fb) == Math.signum(fc)) {
                // the root lies between a and b: make a the other end of the bracket
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                // keep b as the end with the smaller |npv|
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolerance = 2 * Math.ulp(1.0) * Math.abs(b) + 0.5 * BRENT_ABSOLUTE_TOLERANCE;
            double half = 0.5 * (c - b);
            if (Math.abs(half) <= tolerance || fb == 0) {
                return b;
            }
            boolean finite = Double.isFinite(fa) && Double.isFinite(fb) && Double.isFinite(fc);
            if (finite && Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    // secant step
                    p = 2 * half * s;
                    q = 1 - s;
                } else {
                    // inverse quadratic interpolation through (a, fa), (b, fb), (c, fc)
                    double qa = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
                    q = (qa - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = half;
                    e = d;
                }
            } else {
                d = half;
                e = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tolerance ? d : Math.copySign(tolerance, half);
            fb = discountedSum(b, flows);
        }
        return b; // bracket width is already far below any useful precision
    }

    // ---------------------------------------------------------------------------------------------
    // Levelised cost and payback

    /**
     * Levelised cost: Σ costs[t]·(1+rate)^-t / Σ outputs[t]·(1+rate)^-t, both series with index 0
     * at t = 0 (the LCOE definition of IEA/NEA "Projected Costs of Generating Electricity" and NREL
     * Simple LCOE; discounted output in the denominator). Units: cost unit per output unit, e.g.
     * USD/MWh when costs are in USD and outputs in MWh.
     *
     * @throws IllegalArgumentException if the arrays differ in length or the present value of the
     *                                  outputs is not positive (zero or negative output)
     */
    public static double levelisedCost(double[] costs, double[] outputs, double rate) {
        requireFlows("costs", costs);
        requireFlows("outputs", outputs);
        requireRate("rate", rate);
        if (costs.length != outputs.length) {
            throw new IllegalArgumentException("costs and outputs must cover the same years, but costs has "
                    + costs.length + " values and outputs " + outputs.length);
        }
        double pvOutputs = discountedSum(rate, outputs);
        if (!(pvOutputs > 0)) {
            throw new IllegalArgumentException(
                    "outputs must have a positive present value for a levelised cost, but it was " + pvOutputs
                            + " at rate " + rate);
        }
        return requireFiniteResult(discountedSum(rate, costs) / pvOutputs, "levelisedCost", rate, "years",
                costs.length);
    }

    /**
     * Simple (undiscounted) payback time in years of a series with {@code flows[0]} at t = 0.
     * See {@link #discountedPaybackYears(double[], double)} for the rule; this is the same at rate 0.
     */
    public static OptionalDouble simplePaybackYears(double[] flows) {
        requireFlows("flows", flows);
        return payback(flows, 0);
    }

    /**
     * Discounted payback time in years: the first time the cumulative discounted flow
     * Σ_{i<=t} flows[i]·(1+rate)^-i climbs from below zero back to zero, interpolated linearly
     * within that year (the flow of year t is taken as spread evenly over the year, the usual
     * textbook payback-period convention).
     *
     * <p>Returns 0 if the cumulative flow is never negative, and empty if it is still negative at
     * the end of the series. Only the first recovery counts: a later dip below zero (say a
     * mid-life replacement) does not change the result, so read it together with the NPV.
     */
    public static OptionalDouble discountedPaybackYears(double[] flows, double rate) {
        requireFlows("flows", flows);
        requireRate("rate", rate);
        return payback(flows, rate);
    }

    private static OptionalDouble payback(double[] flows, double rate) {
        double v = 1 / (1 + rate);
        double factor = 1;
        double cumulative = 0;
        boolean wasNegative = false;
        for (int t = 0; t < flows.length; t++) {
            double discounted = flows[t] * factor;
            double before = cumulative;
            cumulative += discounted;
            if (!Double.isFinite(cumulative)) {
                throw new IllegalArgumentException("cumulative discounted flow overflows at year " + t
                        + " with rate " + rate);
            }
            if (before < 0 && cumulative >= 0) {
                // year t runs from t-1 to t; the deficit 'before' is repaid by 'discounted'
                return OptionalDouble.of(t - 1 + (-before) / discounted);
            }
            wasNegative |= cumulative < 0;
            factor *= v;
        }
        return wasNegative ? OptionalDouble.empty() : OptionalDouble.of(0);
    }

    // ---------------------------------------------------------------------------------------------
    // Validation

    private static void requireRate(String name, double rate) {
        if (!Double.isFinite(rate) || rate <= -1) {
            throw new IllegalArgumentException(name + " must be a finite fraction per period greater than -1"
                    + " (e.g. 0.08 for 8 %), but was " + rate);
        }
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, but was " + value);
        }
    }

    private static void requireNonNegative(String name, double years) {
        if (!Double.isFinite(years) || years < 0) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, but was " + years);
        }
    }

    private static void requireNonNegative(String name, int years) {
        if (years < 0) {
            throw new IllegalArgumentException(name + " must be a whole number >= 0, but was " + years);
        }
    }

    private static void requireFlows(String name, double[] flows) {
        if (flows == null || flows.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one value, but was "
                    + (flows == null ? "null" : "empty"));
        }
        for (int i = 0; i < flows.length; i++) {
            if (!Double.isFinite(flows[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a finite number, but was " + flows[i]);
            }
        }
    }

    /** Throws if a result overflowed; the message is only built on failure (no allocation otherwise). */
    private static double requireFiniteResult(double result, String function, double rate, String countName,
            double count) {
        if (!Double.isFinite(result)) {
            throw new IllegalArgumentException(function + " is not a finite number (overflow) for rate " + rate
                    + " and " + countName + " " + count + "; use a smaller rate or horizon");
        }
        return result;
    }
}
