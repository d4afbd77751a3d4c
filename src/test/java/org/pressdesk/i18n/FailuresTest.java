package org.pressdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.PressDeskException;
import org.slf4j.LoggerFactory;

class FailuresTest {
    private final Messages messages = Messages.french();
    private final Logger logger = (Logger) LoggerFactory.getLogger(Failures.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    @Test
    void aKnownFailureSpeaksWithItsOwnKeyAndIsNotLogged() {
        PressDeskException known = new PressDeskException("validation.title.tooLong", 200);

        assertEquals(messages.describe(known), Failures.describe(known, messages));
        assertEquals(messages.describe(known), Failures.describe(known, messages, "editor.failed"));
        assertTrue(Failures.isKnown(known));
        assertTrue(log.list.isEmpty());
    }

    @Test
    void anUnexpectedFailureShowsItsTextInsideTheCallersSentence() {
        IllegalStateException bug = new IllegalStateException("disque plein");

        assertEquals("disque plein", Failures.describe(bug, messages));
        assertEquals(messages.get("editor.failed", "disque plein"), Failures.describe(bug, messages, "editor.failed"));
        assertFalse(Failures.isKnown(bug));
    }

    @Test
    void anUnexpectedFailureReachesTheLogAtWarnOnceHoweverOftenItIsDescribed() {
        RuntimeException bug = new RuntimeException("boom");

        Failures.describe(bug, messages);
        Failures.describe(bug, messages, "cli.unexpected");

        assertEquals(1, log.list.size());
        assertEquals(Level.WARN, log.list.get(0).getLevel());
    }

    @Test
    void aFailureWithoutMessageStillGivesText() {
        assertEquals("null", Failures.describe(new NullPointerException(), messages));
    }

    @Test
    void aDatabaseFailureIsLoggedWithThePlaceInOurCodeThatRanTheStatementButNotItsText() {
        java.sql.SQLException driver = new java.sql.SQLIntegrityConstraintViolationException(
                "Unique index violation: VALUES ('redaction', 'texte du communiqué')", "23505", 23505);
        driver.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.h2.message.DbException", "getJdbcSQLException", "DbException.java", 520),
            new StackTraceElement("org.jooq.impl.AbstractQuery", "execute", "AbstractQuery.java", 349),
            new StackTraceElement("org.pressdesk.store.SignInThrottleRepository", "ensure",
                    "SignInThrottleRepository.java", 34),
            new StackTraceElement("org.pressdesk.account.SignInThrottle", "beforeAttempt", "SignInThrottle.java", 49)});
        RuntimeException failure = new RuntimeException("jOOQ: " + driver.getMessage(), driver);
        ch.qos.logback.classic.Logger databaseLog =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(DatabaseFailures.class);
        databaseLog.addAppender(log);
        try {
            String said = Failures.describe(failure, messages, "editor.failed");

            assertTrue(said.contains("23505"), said);
            String logged = log.list.get(log.list.size() - 1).getFormattedMessage();
            assertTrue(logged.contains("from org.pressdesk.store.SignInThrottleRepository.ensure("), logged);
            assertTrue(!logged.contains("redaction") && !logged.contains("communiqué"), logged);
        } finally {
            databaseLog.detachAppender(log);
        }
    }
}
