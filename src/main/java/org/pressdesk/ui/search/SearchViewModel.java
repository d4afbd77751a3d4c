package org.pressdesk.ui.search;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Status;
import org.pressdesk.office.OfficeService;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.search.SearchHit;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.search.SearchResults;
import org.pressdesk.search.SearchService;
import org.pressdesk.ui.task.BackgroundTask.Progress;
import org.pressdesk.ui.task.Debouncer;
import org.pressdesk.ui.task.Scheduler;
import org.pressdesk.ui.task.TaskListener;
import org.pressdesk.ui.task.TaskRunner;

/**
 * Search as you type over the whole archive: a moment after each keystroke (or filter change) the words go to the
 * search service in the background and the ranked hits come back; an answer that arrives after a newer question is
 * dropped. Also checks the index at start and rebuilds it on request, with progress.
 */
public final class SearchViewModel {
    static final Duration DELAY = Duration.ofMillis(120);
    static final int LIMIT = 50;

    private final SearchService search;
    private final OfficeService offices;
    private final TaskRunner runner;
    private final Messages messages;
    private final Debouncer debouncer;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final StringProperty office = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<String> officeCodes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper indexing = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper indexBusy = new ReadOnlyBooleanWrapper(false);
    private Cancellation pendingSearch = new Cancellation();
    private long ticket;

    public SearchViewModel(SearchService search, OfficeService offices, TaskRunner runner, Scheduler scheduler,
            Messages messages) {
        this.search = search;
        this.offices = offices;
        this.runner = runner;
        this.messages = messages;
        this.debouncer = new Debouncer(scheduler, DELAY, DELAY.multipliedBy(4), this::searchNow);
        text.addListener((o, was, now) -> debouncer.trigger());
        status.addListener((o, was, now) -> debouncer.trigger());
        office.addListener((o, was, now) -> debouncer.trigger());
    }

    /** Loads the offices for the filter and checks the index against the database (rebuilt if they disagree). */
    public void start() {
        runner.run(offices::list, list -> officeCodes.setAll(list.stream().map(Office::code).toList()),
                failure -> summary.set(Failures.describe(failure, messages, "search.failedUnexpectedly")));
        indexBusy.set(true);
        runner.submit((progress, cancellation) -> search.check(progress::update),
                indexing(rebuilt -> indexed(rebuilt ? "search.rebuilt" : null)));
    }

    /** Rebuilds the whole index from the database, showing how far it has gone. */
    public void rebuild() {
        indexBusy.set(true);
        indexing.set(-1);
        summary.set(messages.get("search.rebuilding"));
        runner.submit((progress, cancellation) -> search.rebuild(progress::update),
                indexing(count -> indexed("search.rebuilt")));
    }

    /** Index work's outcome, its progress shown in the bar and the summary. */
    private <T> TaskListener<T> indexing(Consumer<T> done) {
        return TaskListener.of(done, this::failed).withProgress((count, total) -> {
            indexing.set(total == 0 ? -1 : Progress.fraction(count, total));
            summary.set(messages.get("search.indexing", count, total));
        });
    }

    private void indexed(String key) {
        indexBusy.set(false);
        indexing.set(0);
        summary.set(key == null ? "" : messages.get(key));
        if (!text.get().isBlank()) {
            searchNow();
        }
    }

    /** Searches now for what is typed (the debouncer calls it after a pause). */
    public void searchNow() {
        debouncer.cancel();
        long mine = ++ticket;
        String words = text.get();
        if (words.isBlank()) {
            hits.clear();
            summary.set("");
            return;
        }
        SearchQuery query = new SearchQuery(words, status.get(), office.get().isBlank() ? null : office.get(), null,
                null, null, null, LIMIT, true);
        pendingSearch.cancel();
        pendingSearch = runner.submit((progress, cancellation) -> cancellation.isCancelled() ? null
                : search.search(query), TaskListener.of(results -> {
                    if (mine == ticket && results != null) {
                        show(results);
                        if (query.wordsLeftOut() > 0) {
                            summary.set(summary.get() + " " + messages.get("search.shortened",
                                    SearchQuery.maxWords(), query.wordsLeftOut()));
                        }
                    }
                }, this::failed));
    }

    private void show(SearchResults results) {
        hits.setAll(results.hits());
        summary.set(messages.get("search.summary", results.hits().size(), results.total()));
    }

    private void failed(Throwable failure) {
        indexBusy.set(false);
        indexing.set(0);
        summary.set(Failures.describe(failure, messages, "search.failedUnexpectedly"));
    }

    public StringProperty text() {
        return text;
    }

    public ObjectProperty<Status> status() {
        return status;
    }

    public StringProperty office() {
        return office;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObservableList<String> officeCodes() {
        return officeCodes;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty indexing() {
        return indexing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty indexBusy() {
        return indexBusy.getReadOnlyProperty();
    }
}
