from sqlalchemy import Boolean, Column, Integer, String

from .db import Base


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    body = Column(String)
    published = Column(Boolean, default=False)
    restricted = Column(Boolean, default=True)
