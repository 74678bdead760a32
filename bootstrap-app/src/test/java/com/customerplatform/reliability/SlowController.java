package com.customerplatform.reliability;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A test-only request that takes a while, to be in flight when an instance shuts down. */
@RestController
class SlowController {

    @GetMapping("/test/slow")
    String slow(@RequestParam long millis) throws InterruptedException {
        Thread.sleep(millis);
        return "done";
    }
}
