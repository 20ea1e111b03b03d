package lab.apiratelimiting;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The partner API: today's exchange rate of a currency against the euro. */
@RestController
class RateController {

    private static final Map<String, BigDecimal> RATES = Map.of(
            "EUR", new BigDecimal("1.0000"),
            "USD", new BigDecimal("1.0842"),
            "GBP", new BigDecimal("0.8561"),
            "CHF", new BigDecimal("0.9377"),
            "JPY", new BigDecimal("163.2100"));

    @GetMapping("/rates/{currency}")
    Rate rate(@PathVariable String currency) {
        BigDecimal rate = RATES.get(currency);
        if (rate == null) {
            throw new UnknownCurrencyException(currency);
        }
        return new Rate(currency, rate);
    }

    record Rate(String currency, BigDecimal rate) {}
}
