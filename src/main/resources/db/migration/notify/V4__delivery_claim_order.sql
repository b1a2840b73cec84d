-- Senders claim due deliveries in the order of next_attempt_at then content_id, so that the recipients of one text
-- come out together and share a message. With content_id in the index a claim reads only the rows it takes; without
-- it, every claim sorted all the due deliveries of its channel, fifty thousand after one large alert.
drop index delivery_due_idx;
create index delivery_due_idx on delivery (channel, status, next_attempt_at, content_id);
