"""ORM classes of the blackout service."""
from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    ticker = Column(String(12))
    title = Column(String(200))
    published_at = Column(DateTime)
