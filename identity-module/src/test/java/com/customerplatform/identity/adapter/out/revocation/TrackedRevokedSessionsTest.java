package com.customerplatform.identity.adapter.out.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.spy;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.KillArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import io.lettuce.core.protocol.ProtocolVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Instances that remember the sessions they found not revoked, against the local Redis (a database
 * index of its own). A long maximum delay (30 s, a heartbeat every 7.5 s) makes every revocation
 * seen within a second one that Redis pushed, or one the instance asked Redis about.
 */
class TrackedRevokedSessionsTest {

    private static final String HOST = System.getenv().getOrDefault("SPRING_DATA_REDIS_HOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("SPRING_DATA_REDIS_PORT", "6379"));
    private static final int DATABASE = 7;
    private static final Duration MAX_DELAY = Duration.ofSeconds(30);
    private static final Duration PUSHED = Duration.ofSeconds(1);

    private final LettuceConnectionFactory connections = connections();
    private final StringRedisTemplate redis = new StringRedisTemplate(connections);
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final UUID session = UUID.randomUUID();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : opened.reversed()) {
            resource.close();
        }
        connections.destroy();
    }

    @Test
    void aSessionFoundNotRevokedIsThenAnsweredWithoutAskingRedis() {
        Instance instance = instance(ProtocolVersion.RESP3);

        instance.remembers(session);

        for (int i = 0; i < 100; i++) {
            assertThat(instance.tracked.isRevoked(session)).isFalse();
        }
        assertThat(instance.redisChecks()).isZero();
    }

    @Test
    void aSessionRevokedThroughTheInstanceIsRefusedAtOnce() {
        Instance instance = instance(ProtocolVersion.RESP3);
        instance.remembers(session);

        instance.tracked.revoke(session);

        assertThat(instance.tracked.isRevoked(session)).isTrue();
    }

    @Test
    void aRevocationByAnotherInstanceArrivesAsRedisPushesIt() {
        Instance first = instance(ProtocolVersion.RESP3);
        Instance second = instance(ProtocolVersion.RESP3);
        second.remembers(session);

        first.tracked.revoke(session);

        await().atMost(PUSHED).until(() -> second.tracked.isRevoked(session));
        assertThat(second.redisChecks())
                .as("asked Redis only once the push had made it forget the session")
                .isEqualTo(1);
    }

    @Test
    void aDroppedTrackingConnectionIsNoticedAtOnce() {
        Instance instance = instance(ProtocolVersion.RESP3);
        instance.remembers(session);

        // Lettuce reconnects at once, without tracking: the next heartbeat is seconds away.
        killTrackingConnection();
        redis.opsForValue().set(RedisRevokedSessions.KEY_PREFIX + session, "1", Duration.ofMinutes(1));

        await().atMost(PUSHED).until(() -> instance.tracked.isRevoked(session));
    }

    @Test
    void trackingIsTurnedBackOnAfterAReconnection() {
        // A heartbeat every 0.5 s, so that tracking is soon back.
        Instance instance = instance(ProtocolVersion.RESP3, Duration.ofSeconds(2));
        instance.remembers(session);

        killTrackingConnection();

        instance.remembers(UUID.randomUUID());
    }

    @Test
    void anAnswerReadWhileTrackingIsOffIsNotRemembered() {
        Instance instance = unstarted(ProtocolVersion.RESP3);
        assertThat(instance.tracked.isRevoked(session)).isFalse();
        // No tracking connection yet, so no push for this revocation will ever come.
        redis.opsForValue().set(RedisRevokedSessions.KEY_PREFIX + session, "1", Duration.ofMinutes(1));

        instance.tracked.heartbeat();

        assertThat(instance.tracked.isRevoked(session)).isTrue();
    }

    @Test
    void redisRefusingTrackingCostsOneConnectionAndEveryCheckAsksRedis() {
        String user = "revocation-test-" + UUID.randomUUID();
        addUserWithoutTracking(user);
        try {
            Instance instance = unstarted(ProtocolVersion.RESP3, "redis://" + user + ":pw@" + HOST + ":" + PORT);
            for (int i = 0; i < 5; i++) {
                instance.tracked.heartbeat();
                assertThat(instance.tracked.isRevoked(session)).isFalse();
            }

            assertThat(instance.redisChecks()).isEqualTo(5);
            assertThat(clientsOf(user)).isEqualTo(1);
        } finally {
            onServer(commands -> commands.aclDeluser(user));
        }
    }

    @Test
    void aFlushedDatabaseIsForgottenAsAWhole() {
        Instance instance = instance(ProtocolVersion.RESP3);
        instance.remembers(session);

        redis.execute(
                connection -> {
                    connection.serverCommands().flushDb();
                    return null;
                },
                true);

        await().atMost(PUSHED).untilAsserted(() -> {
            instance.tracked.isRevoked(session);
            assertThat(instance.redisChecks()).isEqualTo(1);
        });
    }

    @Test
    void withoutPushesEveryCheckAsksRedis() {
        Instance instance = unstarted(ProtocolVersion.RESP2);
        instance.tracked.heartbeat();

        for (int i = 0; i < 10; i++) {
            instance.tracked.isRevoked(session);
            instance.tracked.heartbeat();
        }

        assertThat(instance.redisChecks()).isEqualTo(10);
    }

    private Instance instance(ProtocolVersion protocol) {
        return instance(protocol, MAX_DELAY);
    }

    private Instance instance(ProtocolVersion protocol, Duration maxDelay) {
        Instance instance = create(protocol, "redis://" + HOST + ":" + PORT, maxDelay);
        instance.tracked.start();
        return instance;
    }

    /** Its heartbeats are the test's to run. */
    private Instance unstarted(ProtocolVersion protocol) {
        return unstarted(protocol, "redis://" + HOST + ":" + PORT);
    }

    private Instance unstarted(ProtocolVersion protocol, String server) {
        return create(protocol, server, MAX_DELAY);
    }

    private Instance create(ProtocolVersion protocol, String server, Duration maxDelay) {
        RedisClient client = RedisClient.create(server + "/" + DATABASE);
        client.setOptions(ClientOptions.builder().protocolVersion(protocol).build());
        opened.add(client::shutdown);
        RedisRevokedSessions shared = spy(new RedisRevokedSessions(redis, Duration.ofMinutes(1)));
        TrackedRevokedSessions tracked = new TrackedRevokedSessions(shared, client, maxDelay, Duration.ofMinutes(1));
        opened.add(tracked);
        return new Instance(shared, tracked);
    }

    private long clientsOf(String user) {
        RedisClient client = RedisClient.create("redis://" + HOST + ":" + PORT + "/" + DATABASE);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection
                    .sync()
                    .clientList()
                    .lines()
                    .filter(line -> line.contains(" user=" + user + " "))
                    .count();
        } finally {
            client.shutdown();
        }
    }

    /** A user who may do all but turn tracking on, as a managed Redis's ACL might. */
    private static void addUserWithoutTracking(String user) {
        onServer(commands -> commands.dispatch(
                CommandType.ACL,
                new StatusOutput<>(StringCodec.UTF8),
                new CommandArgs<>(StringCodec.UTF8)
                        .addValues("SETUSER", user, "on", ">pw", "~*", "&*", "+@all", "-client|tracking")));
    }

    private static void onServer(Consumer<RedisCommands<String, String>> work) {
        RedisClient client = RedisClient.create("redis://" + HOST + ":" + PORT);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            work.accept(connection.sync());
        } finally {
            client.shutdown();
        }
    }

    /** Kills the tracking connection (flag {@code t}) in this test's database, as a Redis restart would. */
    private void killTrackingConnection() {
        RedisClient client = RedisClient.create("redis://" + HOST + ":" + PORT + "/" + DATABASE);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            long id = connection
                    .sync()
                    .clientList()
                    .lines()
                    .filter(line -> line.contains(" db=" + DATABASE + " ") && line.matches(".* flags=[A-Za-z]*t.*"))
                    .map(line -> Long.parseLong(line.replaceAll("^id=(\\d+) .*", "$1")))
                    .findFirst()
                    .orElseThrow();
            connection.sync().clientKill(KillArgs.Builder.id(id));
        } finally {
            client.shutdown();
        }
    }

    private static LettuceConnectionFactory connections() {
        RedisStandaloneConfiguration configuration = new RedisStandaloneConfiguration(HOST, PORT);
        configuration.setDatabase(DATABASE);
        LettuceConnectionFactory factory = new LettuceConnectionFactory(configuration);
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private record Instance(RedisRevokedSessions shared, TrackedRevokedSessions tracked) {

        /** Waits until the instance answers for the session from memory; counts Redis checks from then on. */
        void remembers(UUID session) {
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                boolean revoked = tracked.isRevoked(session);
                clearInvocations(shared);
                return !revoked && !tracked.isRevoked(session) && redisChecks() == 0;
            });
            clearInvocations(shared);
        }

        long redisChecks() {
            return mockingDetails(shared).getInvocations().stream()
                    .filter(call -> call.getMethod().getName().equals("isRevoked"))
                    .count();
        }
    }
}
