from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
session = Session()
