'use client';

import { useState } from 'react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';

export type SortableLabels = Record<'handle' | 'instructions' | 'picked' | 'over' | 'dropped' | 'cancelled', string>;

type Props<Story extends { id: number; title: string }> = {
  stories: Story[];
  /** Board id: keeps dnd-kit's generated ids the same on the server and in the browser. */
  id: string;
  labels: SortableLabels;
  disabled: boolean;
  /** The whole new order, top first, once a story is dropped somewhere new. */
  onReorder: (order: number[]) => void;
  /** One row's content beside its handle, given the order shown. */
  row: (story: Story, index: number, shown: Story[]) => React.ReactNode;
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/**
 * The slots as a sortable ordered list: dragged by their handle with a pointer, or with
 * the keyboard (Space to lift, arrows to move, Space to drop, Escape to cancel),
 * each step announced in the board's language. The order shown changes at the
 * drop; the server's answer then replaces the list.
 */
export function TopNewsSortable<Story extends { id: number; title: string }>({
  stories,
  id,
  labels,
  disabled,
  onReorder,
  row,
}: Props<Story>) {
  const [items, setItems] = useState(stories);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const title = (storyId: UniqueIdentifier) => items.find((story) => story.id === storyId)?.title ?? '';
  const position = (storyId: UniqueIdentifier | undefined) => items.findIndex((story) => story.id === storyId) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => fill(labels.picked, { title: title(active.id), position: position(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? fill(labels.over, { title: title(active.id), position: position(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      fill(labels.dropped, { title: title(active.id), position: position(over?.id ?? active.id) }),
    onDragCancel: ({ active }) => fill(labels.cancelled, { title: title(active.id) }),
  };
  const dropped = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const next = arrayMove(items, position(active.id) - 1, position(over.id) - 1);
    setItems(next);
    onReorder(next.map((story) => story.id));
  };
  return (
    <DndContext
      id={id}
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={dropped}
      accessibility={{ announcements, screenReaderInstructions: { draggable: labels.instructions } }}
    >
      {/* The list inside the context: dnd-kit's instructions and live region are its siblings, never items of the list. */}
      <SortableContext items={items.map((story) => story.id)} strategy={verticalListSortingStrategy}>
        <ol className="divide-y divide-rule rounded border border-rule" data-testid="top-board">
          {items.map((story, index) => (
            <SortableRow key={story.id} id={story.id} handle={`${labels.handle}: ${story.title}`} disabled={disabled}>
              {row(story, index, items)}
            </SortableRow>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({
  id,
  handle,
  disabled,
  children,
}: {
  id: number;
  handle: string;
  disabled: boolean;
  children: React.ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex flex-wrap items-center gap-3 bg-paper p-3 ${isDragging ? 'relative z-10 shadow-lg' : ''}`}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={handle}
        className="cursor-grab touch-none rounded border border-rule px-2 py-1 text-lg leading-none disabled:opacity-40"
      >
        <span aria-hidden="true">⠿</span>
      </button>
      {children}
    </li>
  );
}
