package lab.grader.katas.virtualthreads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The carrier stand-in's prices: a base per carrier, a step per zone and per started half kilo, all scaled by a
 * factor from the run's seed, so that no price can be known before the run.
 */
final class CarrierRates {

    static final String CURRENCY = "EUR";
    private static final List<String> BASES = List.of("4.90", "5.40", "3.95", "4.45");

    private CarrierRates() {}

    static BigDecimal amount(long seed, String carrier, int zone, int weightGrams) {
        BigDecimal base = new BigDecimal(BASES.get(Math.max(0, ShippingSeeder.CARRIERS.indexOf(carrier))));
        BigDecimal halfKilos = BigDecimal.valueOf((weightGrams + 499) / 500);
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(Math.floorMod(seed, 17), 2));
        return base.add(new BigDecimal("1.35").multiply(BigDecimal.valueOf(zone)))
                .add(new BigDecimal("0.60").multiply(halfKilos))
                .multiply(factor)
                .setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal amount(long seed, ShippingData.Order order) {
        return amount(seed, order.carrier(), order.zone(), order.weightGrams());
    }

    /** The rate API's answer for the key of {@code /rates/{carrier}/{zone}/{grams}}, or empty for a malformed key. */
    static Optional<String> json(long seed, String key) {
        String[] parts = key.split("/");
        if (parts.length != 3 || !ShippingSeeder.CARRIERS.contains(parts[0])) {
            return Optional.empty();
        }
        try {
            BigDecimal amount = amount(seed, parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            return Optional.of("{\"amount\":" + amount.toPlainString() + ",\"currency\":\"" + CURRENCY + "\"}");
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
