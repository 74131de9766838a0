"""The store's schema, as numbered migrations applied in order (never edited once shipped:
a change is a new migration)."""

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
    CREATE TABLE articles (
        id          VARCHAR PRIMARY KEY,   -- content hash of the clean text
        doc_id      VARCHAR,
        title       VARCHAR,
        published   VARCHAR,               -- ISO 8601 as given (date or datetime)
        publisher   VARCHAR,
        authors     VARCHAR[],
        url         VARCHAR,
        language    VARCHAR,
        source      VARCHAR,
        text        VARCHAR,
        n_errors    INTEGER,
        record      JSON,                  -- the whole article record (the contract)
        ingested_at TIMESTAMP DEFAULT current_timestamp
    );
    CREATE TABLE sentences (
        article_id  VARCHAR, i INTEGER, "start" INTEGER, "end" INTEGER,
        voice VARCHAR, subjectivity VARCHAR, subjectivity_score DOUBLE,
        bias VARCHAR, bias_score DOUBLE, checkworthy DOUBLE, tone DOUBLE,
        PRIMARY KEY (article_id, i)
    );
    CREATE TABLE entities (
        article_id VARCHAR, id VARCHAR, "start" INTEGER, "end" INTEGER, text VARCHAR,
        label VARCHAR, name VARCHAR, actor_code VARCHAR, country VARCHAR, sector VARCHAR,
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE quotes (
        article_id VARCHAR, id VARCHAR, kind VARCHAR,
        source_text VARCHAR, source_name VARCHAR, source_actor VARCHAR,
        cue_text VARCHAR, content_start INTEGER, content_end INTEGER, content_text VARCHAR,
        via VARCHAR[],
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE events (
        article_id VARCHAR, id VARCHAR, cameo VARCHAR, cameo_name VARCHAR,
        quad_class INTEGER, goldstein DOUBLE,
        plover_event VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
        source_code VARCHAR, source_text VARCHAR, target_code VARCHAR, target_text VARCHAR,
        modality VARCHAR, time_text VARCHAR, time_date VARCHAR, time_granularity VARCHAR,
        time_relation VARCHAR, background BOOLEAN, attributed_to VARCHAR,
        sentence INTEGER, evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
        confidence DOUBLE, published VARCHAR, publisher VARCHAR,
        PRIMARY KEY (article_id, id)
    );
    CREATE SEQUENCE error_ids;
    CREATE TABLE errors (
        id          BIGINT DEFAULT nextval('error_ids') PRIMARY KEY,
        source      VARCHAR,               -- the input as given (path, path:line, URL)
        doc_id      VARCHAR,
        article_id  VARCHAR,               -- set when an article was stored but a stage failed
        stage       VARCHAR,               -- 'input' for inputs that never became an article
        reason      VARCHAR,
        created_at  TIMESTAMP DEFAULT current_timestamp
    );
    CREATE TABLE duplicates (              -- inputs whose clean text was already stored
        source VARCHAR, doc_id VARCHAR, article_id VARCHAR,
        created_at TIMESTAMP DEFAULT current_timestamp
    );
    """),
    (2, """
    -- Corpus stages (newsdesk.corpus): recomputed from the per-article tables by corpus.update.
    CREATE TABLE near_duplicates (         -- syndicated copies and light rewrites of one article
        article_id   VARCHAR PRIMARY KEY,  -- the copy
        duplicate_of VARCHAR,              -- the earliest article of its group (kept, counted)
        similarity   DOUBLE                -- estimated Jaccard of word shingles
    );
    CREATE TABLE stories (                 -- articles about one real-world happening
        id           VARCHAR PRIMARY KEY,
        label        VARCHAR,              -- the title of the most central article
        first_date   VARCHAR,
        last_date    VARCHAR,
        n_articles   INTEGER,
        n_publishers INTEGER,
        keywords     VARCHAR[]
    );
    CREATE TABLE story_articles (
        story_id VARCHAR, article_id VARCHAR PRIMARY KEY, similarity DOUBLE
    );
    CREATE TABLE merged_events (           -- one row per real-world event, many mentions
        id VARCHAR PRIMARY KEY, cameo VARCHAR, cameo_name VARCHAR, root VARCHAR,
        quad_class INTEGER, goldstein DOUBLE,
        source_code VARCHAR, target_code VARCHAR,
        source_country VARCHAR, target_country VARCHAR,
        date VARCHAR, first_published VARCHAR, last_published VARCHAR, story_id VARCHAR,
        mentions INTEGER,                  -- mentions in independent (non-copy) articles
        sources INTEGER,                   -- distinct publishers
        articles INTEGER,                  -- distinct independent articles
        copies INTEGER,                    -- mentions in near-duplicate copies (not counted)
        confidence DOUBLE,
        modality VARCHAR,                  -- the prevailing modality of the mentions
        modalities JSON,                   -- {modality: number of mentions}
        attributed INTEGER,                -- mentions reported second-hand (attributed_to)
        background BOOLEAN,                -- every mention is background
        evidence VARCHAR                   -- one representative evidence text
    );
    CREATE TABLE event_mentions (
        merged_id VARCHAR, article_id VARCHAR, event_id VARCHAR,
        copy_of VARCHAR,                   -- set when the article is a near-duplicate copy
        PRIMARY KEY (article_id, event_id)
    );
    CREATE TABLE corpus_runs (
        finished_at TIMESTAMP DEFAULT current_timestamp, articles INTEGER, seconds DOUBLE,
        timings JSON
    );
    """),
    (3, """
    -- Ingest ledger (newsdesk.runner): one row per input an ingest has accounted for, written in
    -- the same transaction as the input's article/error/duplicate rows, so a run killed at any
    -- moment resumes by skipping exactly the inputs already here.
    CREATE TABLE inputs (
        input_key   VARCHAR,               -- SOURCE argument + '#' + ordinal of the input in it
        fingerprint VARCHAR,               -- article id of the document, or a hash of the error
        source      VARCHAR,               -- the input as read (path, path:line, URL)
        doc_id      VARCHAR,
        outcome     VARCHAR,               -- 'article' | 'error' | 'duplicate'
        article_id  VARCHAR,               -- the stored article (for 'article' and 'duplicate')
        created_at  TIMESTAMP DEFAULT current_timestamp,
        PRIMARY KEY (input_key, fingerprint)
    );
    CREATE INDEX articles_url ON articles (url);   -- one URL is one article (ingest checks it)
    """),
    (4, """
    -- Merged events keep how precise their date is (a month-granular event is dated YYYY-MM,
    -- never moved to a publication day) and which mention's evidence stands for them, so the
    -- web, the CLI and the exports all show the same one (store.ledger: the `fingerprint` column
    -- of `inputs` now also carries a hash of the field mapping, see input_key_hash).
    ALTER TABLE merged_events ADD COLUMN date_granularity VARCHAR;   -- day|week|month|year
    ALTER TABLE merged_events ADD COLUMN date_basis VARCHAR;  -- 'event' (its own) | 'published'
    ALTER TABLE merged_events ADD COLUMN evidence_article_id VARCHAR;
    ALTER TABLE merged_events ADD COLUMN evidence_event_id VARCHAR;
    -- The merge rules changed with this version: the next corpus update recomputes.
    DELETE FROM corpus_runs;
    """),
    (5, """
    -- `newsdesk watch` (runner/watch.py): what each polled URL answered last, so a restart
    -- asks with the same validators (a 304 costs the server nothing and ingests nothing).
    -- Which items were seen is the `inputs` ledger's (keys 'watch:URL#ITEM').
    CREATE TABLE watched_urls (
        url           VARCHAR PRIMARY KEY,
        etag          VARCHAR,
        last_modified VARCHAR,
        status        INTEGER,             -- HTTP status of the last poll (304: unchanged)
        new_items     INTEGER,             -- inputs the last changed answer brought
        checked_at    TIMESTAMP,
        changed_at    TIMESTAMP            -- the last answer that was not a 304
    );
    """),
    (6, """
    -- Incremental corpus updates (corpus/incremental.py): the articles the corpus tables are
    -- computed over, with the MinHash signature of each (NULL when the text is too short to
    -- call copies), so that new articles are compared with stored signatures instead of
    -- re-shingling the whole corpus. Empty until the next full update: that one fills it.
    CREATE TABLE corpus_articles (
        article_id VARCHAR PRIMARY KEY,
        signature  BLOB                    -- uint32 hash values, datasketch MinHash order
    );
    DELETE FROM corpus_runs;
    """),
    (7, """
    -- A quote's hearer (issue 15): the press the statement was made to and reached us through
    -- ("told Reuters", "in an interview with the BBC"); its name and actor code, as for the
    -- source. NULL for quotes with no such hearer, and for articles stored before this
    -- version (their record JSON has no "hearer" either until they are analysed again).
    ALTER TABLE quotes ADD COLUMN hearer_name VARCHAR;
    ALTER TABLE quotes ADD COLUMN hearer_actor VARCHAR;
    """),
    (8, """
    -- Who tells a merged event (corpus.merge.teller): 'outlet' when some outlet says it in its
    -- own voice at least as firmly as the event's modality, 'attributed' when it rests on the
    -- words of others an outlet relays. The merge rules changed with it (corpus.parties: two
    -- sides of one country never merge): the next corpus update recomputes.
    ALTER TABLE merged_events ADD COLUMN told_by VARCHAR;
    DELETE FROM corpus_runs;
    """),
    (9, """
    -- A target the events stage gave by default (events/default_targets.py: another act's of
    -- the sentence, or the doer's own state) rather than read from the text. The exports and
    -- queries show it; the corpus stages (stories, merge) read such a mention as having no
    -- target, so a guess never keeps two reports of one act apart. NULL for articles stored
    -- before this version (they have no default targets until analysed again).
    ALTER TABLE events ADD COLUMN target_by_default BOOLEAN;
    DELETE FROM corpus_runs;
    """),
]
