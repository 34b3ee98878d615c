from datetime import datetime

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

engine = create_engine("postgresql+psycopg://archive@db.internal/archive")


class Base(DeclarativeBase):
    pass


class Filing(Base):
    __tablename__ = "filings"
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str]
    issuer: Mapped[str]
    filed_at: Mapped[datetime]
