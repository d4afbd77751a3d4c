package org.pressdesk.ui.account;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.pressdesk.account.AccountService;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.UiContext;

/** Outils → Comptes, for an administrator: the accounts in a table, a form to add one, and what to do to one. */
public final class AccountsWindow {
    private final Stage stage = new Stage();
    private final AccountsViewModel model;
    private final Messages messages;

    public AccountsWindow(UiContext context, AccountService accounts, Window owner) {
        this.messages = context.messages();
        this.model = new AccountsViewModel(accounts, context.user(), messages,
                context.persistence());
        stage.initOwner(owner);
        stage.setTitle(messages.get("accounts.windowTitle"));
        VBox root = new VBox(10, table(), actions(), form(), status());
        root.setPadding(new Insets(12));
        root.setId("accountsWindow");
        stage.setScene(new Scene(root, 820, 560));
        stage.setOnCloseRequest(event -> {
            if (model.hasUnaddedAccount()) {
                event.consume();
                askBeforeClosing();
            }
        });
    }

    /** An account typed but not added: add it (the window stays, to show its password once), drop it, or stay. */
    private void askBeforeClosing() {
        org.pressdesk.ui.common.SaveChoice.ask(stage, messages, messages.get("accounts.unsaved.header",
                model.newUsername().get().strip()), messages.get("accounts.unsaved.text"), "accountsUnsavedDialog",
                "accounts.unsaved.add").then(next -> model.add(), () -> {
                    model.newUsername().set("");
                    model.newDisplayName().set("");
                }, stage::close);
    }

    public void show() {
        model.load();
        stage.show();
        stage.toFront();
    }

    private TableView<UserAccount> table() {
        TableView<UserAccount> table = new TableView<>(model.rows());
        table.setId("accountsTable");
        table.setAccessibleText(messages.get("accounts.windowTitle"));
        table.getColumns().add(column("accounts.column.username", 140, UserAccount::username));
        table.getColumns().add(column("accounts.column.name", 240, UserAccount::displayName));
        table.getColumns().add(column("accounts.column.role", 160, a -> model.roleName(a.role())));
        table.getColumns().add(column("accounts.column.state", 120, model::state));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selected().set(now));
        model.selected().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private TableColumn<UserAccount, String> column(String key, double width,
            java.util.function.Function<UserAccount, String> text) {
        TableColumn<UserAccount, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private FlowPane actions() {
        ComboBox<Role> role = roleBox("accountRoleBox");
        Button changeRole = button("changeRoleButton", "accounts.changeRole", null,
                () -> model.changeRole(role.getValue()));
        Button toggle = button("toggleActiveButton", "accounts.toggleActive", null, model::toggleActive);
        Button unlock = button("unlockButton", "accounts.unlock", "accounts.unlock.tip", model::unlock);
        Button reset = button("resetPasswordButton", "accounts.resetPassword", "accounts.resetPassword.tip",
                model::resetPassword);
        for (Button button : new Button[] {changeRole, toggle, unlock, reset}) {
            button.disableProperty().bind(model.selected().isNull());
        }
        model.selected().addListener((o, was, now) -> role.setValue(now == null ? Role.EDITOR : now.role()));
        javafx.scene.control.CheckBox mustChange = new javafx.scene.control.CheckBox(
                messages.get("accounts.mustChange"));
        mustChange.setId("mustChangeBox");
        mustChange.setTooltip(new Tooltip(messages.get("accounts.mustChange.tip")));
        mustChange.selectedProperty().bindBidirectional(model.resetMustChange());
        FlowPane pane = new FlowPane(8, 8, role, changeRole, toggle, unlock, reset, mustChange);
        pane.setId("accountActions");
        return pane;
    }

    private javafx.scene.layout.FlowPane form() {
        TextField username = field("newUsernameField", "accounts.newUsername");
        username.setPrefColumnCount(18);
        username.textProperty().bindBidirectional(model.newUsername());
        TextField name = field("newDisplayNameField", "accounts.newDisplayName");
        name.setPrefColumnCount(24);
        name.textProperty().bindBidirectional(model.newDisplayName());
        ComboBox<Role> role = roleBox("newRoleBox");
        role.valueProperty().bindBidirectional(model.newRole());
        Button add = button("addAccountButton", "accounts.add", null, model::add);
        add.disableProperty().bind(model.newUsername().isEmpty());
        username.setOnAction(e -> model.add());
        // the fields keep room for their prompts; a narrow window puts the role and the button on a second line
        username.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new javafx.scene.layout.FlowPane(8, 6, username, name, role, add);
    }

    private VBox status() {
        Label message = new Label();
        message.setId("accountsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        Label passwordLabel = new Label(messages.get("accounts.passwordShown"));
        TextField password = new TextField();
        password.setId("shownPassword");
        password.setEditable(false);
        password.setAccessibleText(messages.get("accounts.passwordShown"));
        password.textProperty().bind(model.shownPassword());
        HBox shown = new HBox(8, passwordLabel, password);
        shown.visibleProperty().bind(model.shownPassword().isNotEmpty());
        shown.managedProperty().bind(shown.visibleProperty());
        return new VBox(6, message, shown);
    }

    private ComboBox<Role> roleBox(String id) {
        ComboBox<Role> box = new ComboBox<>();
        box.getItems().setAll(Role.values());
        box.setValue(Role.EDITOR);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setId(id);
        box.setAccessibleText(messages.get("accounts.role"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : model.roleName(role);
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private TextField field(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.setAccessibleText(messages.get(promptKey));
        field.setPrefColumnCount(16);
        return field;
    }

    private Button button(String id, String key, String tipKey, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        String tip = messages.get(tipKey == null ? key : tipKey);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> action.run());
        return button;
    }
}
