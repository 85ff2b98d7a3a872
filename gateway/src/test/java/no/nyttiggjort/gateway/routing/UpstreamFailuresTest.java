package no.nyttiggjort.gateway.routing;

import static no.nyttiggjort.gateway.routing.UpstreamFailures.statusFor;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** The mapping on its own, including causes the integration tests cannot provoke on loopback. */
class UpstreamFailuresTest {

    @Test
    void anUnreachableUpstreamIsUnavailable() {
        assertThat(statusFor(new ConnectException("Connection refused")), is(503));
        assertThat(statusFor(new ConnectTimeoutException("connection timed out")), is(503));
        assertThat(statusFor(new UnknownHostException("scoring-service")), is(503));
    }

    @Test
    void aSilentUpstreamIsAGatewayTimeout() {
        assertThat(statusFor(new NoStackTraceTimeoutException("The timeout period of 1000ms has been exceeded")), is(504));
    }

    @Test
    void anyOtherTransportErrorIsABadGateway() {
        assertThat(statusFor(new HttpClosedException("Connection was closed")), is(502));
        assertThat(statusFor(new VertxException("Connection reset")), is(502));
    }
}
