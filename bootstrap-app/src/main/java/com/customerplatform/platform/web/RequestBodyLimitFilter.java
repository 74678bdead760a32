package com.customerplatform.platform.web;

import com.customerplatform.sharedkernel.error.ContentTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body but multipart uploads (those have their own limits,
 * {@code spring.servlet.multipart.*}): a declared {@code Content-Length} over
 * {@code platform.web.max-body-size} is refused before anything reads it, and a body sent
 * without one (chunked) is cut off as soon as it passes the limit. Either way: 413
 * {@code PAYLOAD_TOO_LARGE}. Runs right after the tracing filter, so before authentication:
 * nobody gets to make the service buffer a huge body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final Problems problems;

    RequestBodyLimitFilter(@Value("${platform.web.max-body-size}") DataSize maxBodySize, Problems problems) {
        this.maxBytes = maxBodySize.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        // With a Content-Length the container reads no further than it; only a chunked body needs counting.
        chain.doFilter(declared >= 0 ? request : new LimitedRequest(request), response);
    }

    private String tooLarge() {
        return "The request body is larger than " + maxBytes + " bytes";
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null
                && contentType
                        .toLowerCase(Locale.ROOT)
                        .startsWith(MediaType.MULTIPART_FORM_DATA_VALUE.toLowerCase(Locale.ROOT));
    }

    /** A request whose body stream fails with 413 once more than the limit has been read. */
    private final class LimitedRequest extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream());
            }
            return limited;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
        }

        /** The declared charset; an unknown or illegal name reads as UTF-8, as Jackson would. */
        private static Charset charset(String encoding) {
            try {
                return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
    }

    private final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private long read;

        LimitedInputStream(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = body.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > maxBytes) {
                throw new ContentTooLargeException(ErrorCodes.PAYLOAD_TOO_LARGE, tooLarge());
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
