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
        at          TIMESTAMP DEFAULT current_timestamp
    );
    CREATE TABLE duplicates (              -- inputs whose clean text was already stored
        source VARCHAR, doc_id VARCHAR, article_id VARCHAR,
        at TIMESTAMP DEFAULT current_timestamp
    );
    """),
]
