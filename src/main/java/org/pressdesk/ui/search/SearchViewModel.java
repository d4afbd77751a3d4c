package org.pressdesk.ui.search;

import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Status;
import org.pressdesk.drafting.OfficeService;
import org.pressdesk.i18n.Messages;
import org.pressdesk.search.SearchHit;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.search.SearchResults;
import org.pressdesk.search.SearchService;
import org.pressdesk.ui.task.Debouncer;
import org.pressdesk.ui.task.Scheduler;
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
    private final Executor uiThread;
    private final Messages messages;
    private final Debouncer debouncer;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final StringProperty office = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<String> officeCodes = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final DoubleProperty indexing = new SimpleDoubleProperty(0);
    private final BooleanProperty indexBusy = new SimpleBooleanProperty(false);
    private long ticket;

    public SearchViewModel(SearchService search, OfficeService offices, TaskRunner runner, Scheduler scheduler,
            Executor uiThread, Messages messages) {
        this.search = search;
        this.offices = offices;
        this.runner = runner;
        this.uiThread = uiThread;
        this.messages = messages;
        this.debouncer = new Debouncer(scheduler, DELAY, DELAY.multipliedBy(4), this::searchNow);
        text.addListener((o, was, now) -> debouncer.trigger());
        status.addListener((o, was, now) -> debouncer.trigger());
        office.addListener((o, was, now) -> debouncer.trigger());
    }

    /** Loads the offices for the filter and checks the index against the database (rebuilt if they disagree). */
    public void start() {
        runner.run(offices::list, list -> officeCodes.setAll(list.stream().map(Office::code).toList()),
                failure -> { });
        indexBusy.set(true);
        runner.run(() -> search.check(this::reportProgress), rebuilt -> indexed(rebuilt ? "search.rebuilt" : null),
                this::failed);
    }

    /** Rebuilds the whole index from the database, showing how far it has gone. */
    public void rebuild() {
        indexBusy.set(true);
        indexing.set(-1);
        summary.set(messages.get("search.rebuilding"));
        runner.run(() -> search.rebuild(this::reportProgress), count -> indexed("search.rebuilt"), this::failed);
    }

    private void reportProgress(int done, int total) {
        uiThread.execute(() -> {
            indexing.set(total == 0 ? -1 : (double) done / total);
            summary.set(messages.get("search.indexing", done, total));
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
        runner.run(() -> search.search(query), results -> {
            if (mine == ticket) {
                show(results);
                if (query.wordsLeftOut() > 0) {
                    summary.set(summary.get() + " " + messages.get("search.shortened", SearchQuery.maxWords(),
                            query.wordsLeftOut()));
                }
            }
        }, this::failed);
    }

    private void show(SearchResults results) {
        hits.setAll(results.hits());
        summary.set(messages.get("search.summary", results.hits().size(), results.total()));
    }

    private void failed(Throwable failure) {
        indexBusy.set(false);
        indexing.set(0);
        summary.set(failure instanceof PressDeskException known ? messages.describe(known)
                : messages.get("search.failedUnexpectedly", String.valueOf(failure.getMessage())));
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

    public StringProperty summary() {
        return summary;
    }

    public DoubleProperty indexing() {
        return indexing;
    }

    public BooleanProperty indexBusy() {
        return indexBusy;
    }
}
