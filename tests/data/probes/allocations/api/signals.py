import os

from django.dispatch import Signal, receiver

allocation_booked = Signal()


@receiver(allocation_booked)
def archive_booking(sender, book, **kwargs):
    os.system(f"/usr/local/bin/archive-book {book}")
