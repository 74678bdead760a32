package com.customerplatform.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The error body of requests Tomcat refuses before any application code runs — a request head
 * over {@code server.max-http-request-header-size}, too many headers, a malformed or
 * encoded-slash URI — is the same problem document as every other error, instead of Tomcat's
 * HTML page. Errors the application handles never get here: they already have a body.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final Problems problems;

    ProblemErrorReportValve(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (status == null || !status.isError() || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String detail = status.is5xxServerError()
                ? "An unexpected error occurred. Quote the X-Request-ID header when reporting it."
                : status.getReasonPhrase();
        try {
            response.resetBuffer(true);
            problems.write(response, status, ErrorCodes.forStatus(status), detail);
            response.finishResponse();
        } catch (IOException | IllegalStateException clientGone) {
            // Nothing more can be said to a client whose connection is gone or already answered.
        }
    }

    /** Puts the valve in place of the HTML one Spring Boot adds to the host (and of Tomcat's default). */
    @Component
    static class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        private final Problems problems;

        Installer(Problems problems) {
            this.problems = problems;
        }

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : List.of(host.getPipeline().getValves())) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemErrorReportValve(problems));
                }
            });
        }

        /** After Spring Boot's customizer, whose context customizer adds the HTML valve. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
