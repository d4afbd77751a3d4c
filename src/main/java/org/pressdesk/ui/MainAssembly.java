package org.pressdesk.ui;

import static org.pressdesk.ui.main.MainMenu.EDIT;
import static org.pressdesk.ui.main.MainMenu.FILE;
import static org.pressdesk.ui.main.MainMenu.HELP;
import static org.pressdesk.ui.main.MainMenu.REVIEW;
import static org.pressdesk.ui.main.MainMenu.TOOLS;
import static org.pressdesk.ui.main.MainMenu.VIEW;
import static org.pressdesk.ui.main.MenuEntry.check;
import static org.pressdesk.ui.main.MenuEntry.item;
import static org.pressdesk.ui.main.MenuEntry.separator;

import java.util.List;
import javafx.stage.Stage;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.DatabaseEncryption;
import org.pressdesk.domain.Role;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.ui.account.AccountsWindow;
import org.pressdesk.ui.audit.AuditWindow;
import org.pressdesk.ui.backup.BackupMenu;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.editor.EditorServices;
import org.pressdesk.ui.encryption.PlainCopyDiscard;
import org.pressdesk.ui.exchange.ExchangeHooks;
import org.pressdesk.ui.exchange.ExchangeViewModel;
import org.pressdesk.ui.live.ColleagueBanner;
import org.pressdesk.ui.main.AboutDialog;
import org.pressdesk.ui.main.AuditCheck;
import org.pressdesk.ui.main.MainServices;
import org.pressdesk.ui.main.MainWindow;
import org.pressdesk.ui.main.MenuEntry;
import org.pressdesk.ui.main.PanelEntry;
import org.pressdesk.ui.server.ServerStatusLabel;
import org.pressdesk.ui.server.ServerStatusViewModel;
import org.pressdesk.ui.main.PreferencesDialog;
import org.pressdesk.ui.publication.PublicationActions;
import org.pressdesk.ui.publication.PublicationServices;
import org.pressdesk.ui.tags.TagPanels;

/**
 * The one place a main window is put together, and the only window class that sees {@link AppServices}: it gives
 * each window the services it uses, and lists every menu entry (in the order the menus show them) and every panel
 * a feature adds to the window's screens. A new feature adds its entry with one line in {@link #menus}.
 */
public final class MainAssembly {
    private final AppServices services;
    private final UiContext session;
    private final MainServices windowServices;
    private final PublicationActions publication;

    public MainAssembly(AppServices services, UiContext session) {
        this.services = services;
        this.session = session;
        this.windowServices = new MainServices(new EditorServices(services.communiques(), services.autosaves(),
                services.offices(), services.pdfExport(), new PagePreview()), services.reviews(), services.search(),
                services.archiveImport(), services.preferences(), services::whenOthersChange);
        this.publication = new PublicationActions(session, new PublicationServices(services.offices(),
                services.pdfExport(), services.certificates(), services.pdfVerifier(), services.preferences()));
    }

    /** A main window on {@code stage}, with its menus and panels, ready to show. */
    public MainWindow mainWindow(Stage stage) {
        MainWindow window = new MainWindow(session, windowServices, publication, stage);
        TagPanels tags = new TagPanels(session, services.tags(), services.tagging(), window.model().editor(),
                window.model().list());
        ExchangeHooks exchange = new ExchangeHooks(session, new ExchangeViewModel.Services(services.installation(),
                services.exchangeExport(), services.exchangeImport(), services.conflicts()));
        BackupMenu backups = new BackupMenu(session, services.backupSchedule(), services.backups());
        window.install(withoutEncryptIfDone(menus(window, tags, exchange, backups)), List.of(
                new PanelEntry(PanelEntry.Slot.BELOW_EDITOR_FORM, tags.editorPanel()),
                new PanelEntry(PanelEntry.Slot.BELOW_EDITOR_FORM, ColleagueBanner.follow(session,
                        services.communiques(), window.model().editor(), services::whenOthersChange, stage)),
                new PanelEntry(PanelEntry.Slot.BELOW_LIST_FILTER, tags.filterPanel()),
                new PanelEntry(PanelEntry.Slot.STATUS_BAR, backups.statusElement()),
                new PanelEntry(PanelEntry.Slot.STATUS_BAR, ServerStatusLabel.create(new ServerStatusViewModel(
                        services.server(), services::serverAnswers, session.listing(), session.messages())))));
        window.showListMarks(exchange.conflictMarks(stage, window::publicationChanged));
        return window;
    }

    /** Every menu entry of {@code w}, menu by menu, in the order shown. */
    private List<MenuEntry> menus(MainWindow w, TagPanels tags, ExchangeHooks exchange, BackupMenu backups) {
        Stage s = w.stage();
        return List.of(
                item(FILE, "menuNew", "menu.file.new", "Shortcut+N", w::newCommunique),
                item(FILE, "menuNewWindow", "menu.file.newWindow", "Shortcut+Shift+N",
                        session.windows()::openMainWindow),
                item(FILE, "menuImport", "menu.file.import", "Shortcut+Shift+I", w::openImport),
                item(FILE, "menuExchange", "menu.file.exchange", null, () -> exchange.open(s)).shownTo(Role.MANAGER),
                separator(FILE),
                item(FILE, "menuSave", "menu.file.save", "Shortcut+S", w::save),
                item(FILE, "menuExport", "menu.file.export", "Shortcut+E", w::export),
                item(FILE, "menuExportSelection", "menu.file.exportSelection", "Shortcut+Shift+E",
                        () -> publication.exportSelection(s, w.selectedIds(), w::publicationChanged)),
                separator(FILE),
                item(FILE, "menuSwitchUser", "menu.file.switchUser", null, w::switchUser),
                item(FILE, "menuClose", "menu.file.close", "Shortcut+W", w::close),
                item(FILE, "menuQuit", "menu.file.quit", "Shortcut+Q", w::quit),

                item(EDIT, "menuFilter", "menu.edit.filter", "Shortcut+F", w::focusFilter),
                item(EDIT, "menuSearch", "menu.edit.search", "Shortcut+Shift+F", w::focusSearch),
                item(EDIT, "menuDiscard", "menu.edit.discard", null, w::discardChanges),

                check(VIEW, "menuPreview", "menu.view.preview", "Shortcut+P", w::showPreview),
                item(VIEW, "menuRefresh", "menu.view.refresh", "F5", w::refresh),

                item(REVIEW, "menuSubmit", "menu.review.submit", "Shortcut+Shift+S", w::submit),
                item(REVIEW, "menuReviewQueue", "menu.review.queue", "Shortcut+R", w::openReview),
                item(REVIEW, "menuHistory", "menu.review.history", "Shortcut+H", w::openHistory),
                separator(REVIEW),
                item(REVIEW, "menuAuditLog", "menu.review.auditLog", null, () -> w.asManager(
                        () -> new AuditWindow(session, services.auditLog(), services.auditVerifier(), s).show())),

                item(TOOLS, "menuLetterhead", "menu.tools.letterhead", null,
                        () -> publication.letterhead(s, w::publicationChanged)).enabledFor(Role.ADMINISTRATOR),
                item(TOOLS, "menuAccounts", "menu.tools.accounts", null,
                        () -> new AccountsWindow(session, services.accounts(), s).show()).shownTo(Role.ADMINISTRATOR),
                item(TOOLS, "menuVerifyPdf", "menu.tools.verifyPdf", null, () -> publication.verifyPdf(s)),
                item(TOOLS, "menuPreferences", "menu.tools.preferences", "Shortcut+Comma",
                        () -> new PreferencesDialog(session, services.preferences(), s).showAndApply()),
                item(TOOLS, "menuVerifyAudit", "menu.tools.verifyAudit", null,
                        () -> new AuditCheck(session, services.auditVerifier(), s).run()),
                separator(TOOLS),
                item(TOOLS, "menuTags", "menu.tools.tags", null, () -> tags.manage(s)),
                item(TOOLS, "menuRebuildIndex", "menu.tools.rebuildIndex", null, w::rebuildIndex),
                item(TOOLS, "menuBackups", "menu.tools.backups", null, () -> backups.open(s))
                        .shownTo(Role.ADMINISTRATOR),
                item(TOOLS, "menuEncrypt", "menu.tools.encrypt", null, w::encryptDatabase).shownTo(Role.ADMINISTRATOR),
                item(TOOLS, "menuDiscardPlainCopy", "menu.tools.discardPlainCopy", null, () -> new PlainCopyDiscard(
                        session, () -> DatabaseEncryption.discardPlainCopy(services.dataDirectory()),
                        services.dataDirectory().path(), s).run()).shownTo(Role.ADMINISTRATOR),

                item(HELP, "menuAbout", "menu.help.about", null,
                        () -> new AboutDialog(session.messages(), services.dataDirectory().path(), s).show()));
    }

    /**
     * Chiffrer la base… is offered only for a plain database on this machine (a server's is the server's); Supprimer
     * la copie en clair… only while an encrypted database still has its unencrypted original beside it.
     */
    private List<MenuEntry> withoutEncryptIfDone(List<MenuEntry> entries) {
        boolean plainAndLocal = !services.encrypted() && services.server().isEmpty();
        boolean plainCopyLeft = services.encrypted() && DatabaseEncryption.hasPlainCopy(services.dataDirectory());
        return entries.stream().filter(e -> plainAndLocal || !"menuEncrypt".equals(e.id()))
                .filter(e -> plainCopyLeft || !"menuDiscardPlainCopy".equals(e.id())).toList();
    }
}
