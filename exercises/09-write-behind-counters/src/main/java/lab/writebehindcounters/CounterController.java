package lab.writebehindcounters;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CounterController {

    private final ViewCounter counter;

    CounterController(ViewCounter counter) {
        this.counter = counter;
    }

    /** One page view. Accepted, not necessarily written yet: views of an unknown product are dropped later. */
    @PostMapping("/products/{id}/views")
    ResponseEntity<Void> view(@PathVariable("id") long id) {
        if (id < 1) {
            throw new InvalidProductIdException(id);
        }
        counter.record(id);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/products/{id}/stats")
    ProductStats stats(@PathVariable("id") long id) {
        return counter.stats(id);
    }

    @PostMapping("/admin/counters/flush")
    FlushResult flush() {
        return counter.flush();
    }
}
