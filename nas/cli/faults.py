"""What a storage's failure means for the user, in one line: the database driver's own words
(without SQL or links) and what to do next. Told apart by module, so that nothing imports
SQLAlchemy or Optuna to ask."""

from __future__ import annotations

from nas.urls import scrubbed as masked_text


def driver_said(error: BaseException) -> str | None:
    """The first line a database error in ``error``'s chain says (the driver's own words, without
    SQL or links), or None if there is none. Told apart by module, so that nothing imports
    SQLAlchemy or Optuna to ask."""
    chain: list[BaseException] = []
    seen: BaseException | None = error
    while seen is not None and seen not in chain:
        chain.append(seen)
        # what it was raised from, or during; "raise ... from None" hides the error it replaced
        seen = seen.__cause__ or (None if seen.__suppress_context__ else seen.__context__)
    database = [e for e in chain if type(e).__module__.startswith("sqlalchemy")]
    optuna_storage = [e for e in chain if type(e).__name__ == "StorageInternalError"]
    if not database and not optuna_storage:
        return None
    deepest = database[-1] if database else optuna_storage[-1]
    driver = getattr(deepest, "orig", None)
    said = str(driver if driver is not None else deepest).strip().splitlines()[0].replace("\ufffd", "")
    return said if len(said) <= 120 else said[:119] + "…"  # a damaged page's bytes are no message


def storage_fault(error: BaseException) -> str | None:
    """What a database error in ``error``'s chain means for the user, or None if there is none."""
    said = driver_said(error)
    if said is None:
        return None
    if "full" in said:
        hint = "free some space, then run the same command: finished trials are kept"
    elif "readonly" in said or "read-only" in said:
        hint = "it cannot be written here: make its file and folder writable, or work on a copy"
    else:
        hint = "if it is a damaged SQLite file, recover it: sqlite3 FILE .recover | sqlite3 NEW.db"
    return f"the storage failed: {masked_text(said)}; {hint}"
