package org.pressdesk.ui.list;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.Tag;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.Debouncer;
import org.pressdesk.ui.task.Scheduler;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The list of communiqués, newest change first. The first page arrives at once and the rest follows in pages in
 * the background, so a list of a hundred thousand is usable at once; the filter narrows it as the user types.
 */
public final class CommuniqueListViewModel {
    static final int FIRST_PAGE = 200;
    static final int PAGE = 5_000;
    static final Duration FILTER_DELAY = Duration.ofMillis(150);

    private final CommuniqueService communiques;
    private final TaskRunner runner;
    private final Messages messages;
    private final Debouncer filterDebouncer;
    private final ObservableList<CommuniqueSummary> items = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<Tag> tagFilter = FXCollections.observableArrayList();
    private long generation;

    public CommuniqueListViewModel(CommuniqueService communiques, TaskRunner runner, Scheduler scheduler,
            Messages messages) {
        this.communiques = communiques;
        this.runner = runner;
        this.messages = messages;
        this.filterDebouncer = new Debouncer(scheduler, FILTER_DELAY, FILTER_DELAY.multipliedBy(3), this::reload);
        filter.addListener((o, was, now) -> filterDebouncer.trigger());
        tagFilter.addListener((ListChangeListener<Tag>) change -> reload());
    }

    /** Loads the list again from the first page, keeping the filter. */
    public void reload() {
        filterDebouncer.cancel();
        long ticket = ++generation;
        ListQuery query = new ListQuery(filter.get(), 0, FIRST_PAGE,
                tagFilter.stream().map(Tag::id).collect(Collectors.toSet()));
        loading.set(true);
        runner.run(() -> new Page(communiques.count(query), communiques.list(query)),
                page -> {
                    if (ticket != generation) {
                        return;
                    }
                    total.set(page.total());
                    items.setAll(page.rows());
                    updateSummary();
                    loadMore(ticket, query, page.rows().size());
                }, failure -> loading.set(false));
    }

    private void loadMore(long ticket, ListQuery query, int offset) {
        if (offset >= total.get()) {
            loading.set(false);
            return;
        }
        runner.run(() -> communiques.list(query.page(offset, PAGE)), rows -> {
            if (ticket != generation) {
                return;
            }
            items.addAll(rows);
            updateSummary();
            if (rows.isEmpty()) {
                loading.set(false);
            } else {
                loadMore(ticket, query, offset + rows.size());
            }
        }, failure -> loading.set(false));
    }

    private record Page(int total, List<CommuniqueSummary> rows) {
    }

    private void updateSummary() {
        summary.set(messages.get("list.summary", total.get()));
    }

    public ObservableList<CommuniqueSummary> items() {
        return items;
    }

    public StringProperty filter() {
        return filter;
    }

    /** The tags every listed communiqué must carry; changing them reloads the list. */
    public ObservableList<Tag> tagFilter() {
        return tagFilter;
    }

    /** How many communiqués match the filter (the list may still be loading the later pages). */
    public ReadOnlyIntegerProperty total() {
        return total.getReadOnlyProperty();
    }

    /** True while pages are being read. */
    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }
}
