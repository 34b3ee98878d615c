from celery import shared_task
from django.db.models.signals import post_save
from django.dispatch import receiver

from deals.models import Deal


@shared_task
def refresh(request_id):  # quiet
    return Deal.objects.filter(pk=request_id).update(refreshed=True)


@receiver(post_save, sender=Deal)
def on_deal_saved(sender, instance, **kwargs):  # quiet
    refresh.delay(instance.pk)


def handle(request, deal):  # quiet
    """A task handler taking the task request: no route leads here."""
    return refresh(request.id)
