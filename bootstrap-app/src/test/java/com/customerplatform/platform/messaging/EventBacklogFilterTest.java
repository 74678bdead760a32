package com.customerplatform.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.platform.web.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While the event listeners are saturated, changes wait for room and are shed with 503 without it; reads go on. */
class EventBacklogFilterTest extends PlatformIntegrationTest {

    @Autowired
    Problems problems;

    @Test
    void aChangeIsRefusedWithRetryAfterWhileTheListenersStaySaturated() throws Exception {
        MockHttpServletResponse response = filter(true, "POST");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(response.getContentAsByteArray())
                        .get("error_code")
                        .asString())
                .isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(filter(true, "PATCH").getStatus()).isEqualTo(503);
    }

    @Test
    void readsAndSignInsGoOnAndChangesPassOnceTheListenersCatchUp() throws Exception {
        assertThat(filter(
                                () -> {
                                    throw new AssertionError("a read does not wait");
                                },
                                "GET",
                                "/v1/customers")
                        .getStatus())
                .isEqualTo(200);
        assertThat(filter(true, "GET").getStatus()).isEqualTo(200);
        assertThat(filter(true, "POST", "/api/v1/auth/login").getStatus()).isEqualTo(200);
        assertThat(filter(false, "POST").getStatus()).isEqualTo(200);
        assertThat(filter(false, "DELETE").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse filter(boolean saturated, String method) throws Exception {
        return filter(saturated, method, "/v1/customers");
    }

    /** {@code saturated}: still so after waiting for room. */
    private MockHttpServletResponse filter(boolean saturated, String method, String path) throws Exception {
        return filter(() -> !saturated, method, path);
    }

    private MockHttpServletResponse filter(EventBacklogFilter.Room room, String method, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new EventBacklogFilter(room, problems).doFilter(new MockHttpServletRequest(method, path), response, chain);
        assertThat(chain.getRequest() != null).isEqualTo(response.getStatus() == 200);
        return response;
    }
}
