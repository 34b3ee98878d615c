"""ORM models of the notes service (SQLAlchemy 2.0)."""
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    isin: Mapped[str] = mapped_column(String(12))
    issuer: Mapped[str] = mapped_column(String(6))
    desk: Mapped[str] = mapped_column(String(20))
