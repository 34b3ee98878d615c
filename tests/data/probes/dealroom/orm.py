from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import declarative_base

Base = declarative_base()
ENGINE = create_engine("postgresql+psycopg://dealroom@db/dealroom")


class Room(Base):
    __tablename__ = "rooms"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    summary = Column(String)
    owner_id = Column(Integer)
