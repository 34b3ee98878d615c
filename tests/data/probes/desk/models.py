from django.db import models as djmodels
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import Session, declarative_base

db = SQLAlchemy()
Base = declarative_base()
session = Session()


class Client(djmodels.Model):
    name = djmodels.CharField(max_length=100)
    vat = djmodels.CharField(max_length=20)
    is_key_account = djmodels.BooleanField(default=False)


class Contact(Base):
    __tablename__ = "contacts"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    email = Column(String)
    is_admin = Column(Integer, default=0)
