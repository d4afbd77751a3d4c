package org.pressdesk.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.AccountService;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.TaskRunner;

class SignInViewModelTest {
    @TempDir
    Path directory;
    private UiTestData data;

    @BeforeEach
    void open() {
        data = new UiTestData(directory.resolve("data"));
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void aPasswordTypedBeforeTheDatabaseIsOpenIsCheckedOnceItIs() {
        CompletableFuture<AccountService> opening = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> {
            sleep(300);
            opening.complete(data.services.accounts());
        });
        SignInViewModel model = new SignInViewModel((name, password) -> opening.join().signIn(name, password),
                TaskRunner.sameThread(), data.messages);
        model.username().set("redaction");
        model.password().set(UiTestData.PASSWORD);
        AtomicReference<UserAccount> signedIn = new AtomicReference<>();
        model.signIn(signedIn::set);
        assertNotNull(signedIn.get());
        assertEquals("redaction", signedIn.get().username());
        assertFalse(model.busy().get());
        assertEquals("", model.password().get(), "the password does not stay in the form");
    }

    @Test
    void aWrongPasswordIsRefusedInTheUsersLanguage() {
        SignInViewModel model = new SignInViewModel(data.services.accounts(), TaskRunner.sameThread(),
                data.messages);
        model.username().set("redaction");
        model.password().set("pas le bon");
        model.signIn(account -> { });
        assertEquals(data.messages.get("signIn.refused"), model.error().get());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
