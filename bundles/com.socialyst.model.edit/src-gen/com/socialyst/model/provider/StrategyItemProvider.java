/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.provider;

import com.socialyst.model.SocialystFactory;
import com.socialyst.model.SocialystPackage;
import com.socialyst.model.Strategy;

import com.socialyst.model.util.ModelLabels;

import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link com.socialyst.model.Strategy} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StrategyItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StrategyItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addPeriodStartPropertyDescriptor(object);
			addPeriodEndPropertyDescriptor(object);
			addChannelsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Period Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Strategy_periodStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Strategy_periodStart_feature", "_UI_Strategy_type"),
				 SocialystPackage.Literals.STRATEGY__PERIOD_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period End feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodEndPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Strategy_periodEnd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Strategy_periodEnd_feature", "_UI_Strategy_type"),
				 SocialystPackage.Literals.STRATEGY__PERIOD_END,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Channels feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChannelsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Strategy_channels_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Strategy_channels_feature", "_UI_Strategy_type"),
				 SocialystPackage.Literals.STRATEGY__CHANNELS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SocialystPackage.Literals.STRATEGY__GOALS);
			childrenFeatures.add(SocialystPackage.Literals.STRATEGY__AUDIENCES);
			childrenFeatures.add(SocialystPackage.Literals.STRATEGY__INITIATIVES);
			childrenFeatures.add(SocialystPackage.Literals.STRATEGY__BUDGET_LINES);
			childrenFeatures.add(SocialystPackage.Literals.STRATEGY__EXECUTIVE_SPONSOR);
			childrenFeatures.add(SocialystPackage.Literals.STRATEGY__GOVERNANCE);
			childrenFeatures.add(SocialystPackage.Literals.STRATEGY__KPIS);
			childrenFeatures.add(SocialystPackage.Literals.STRATEGY__SOFT_VALUES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Strategy.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Strategy"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * The period, e.g. {@code Strategy 2026} or {@code Strategy 2026-04-01–2027-03-31}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		Strategy strategy = (Strategy)object;
		LocalDate start = strategy.getPeriodStart();
		LocalDate end = strategy.getPeriodEnd();
		return getString("_UI_Strategy_type") + " " + ModelLabels.period(start, end);
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Strategy.class)) {
			case SocialystPackage.STRATEGY__PERIOD_START:
			case SocialystPackage.STRATEGY__PERIOD_END:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SocialystPackage.STRATEGY__GOALS:
			case SocialystPackage.STRATEGY__AUDIENCES:
			case SocialystPackage.STRATEGY__INITIATIVES:
			case SocialystPackage.STRATEGY__BUDGET_LINES:
			case SocialystPackage.STRATEGY__EXECUTIVE_SPONSOR:
			case SocialystPackage.STRATEGY__GOVERNANCE:
			case SocialystPackage.STRATEGY__KPIS:
			case SocialystPackage.STRATEGY__SOFT_VALUES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.STRATEGY__GOALS,
				 SocialystFactory.eINSTANCE.createBusinessGoal()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.STRATEGY__AUDIENCES,
				 SocialystFactory.eINSTANCE.createAudience()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.STRATEGY__INITIATIVES,
				 SocialystFactory.eINSTANCE.createInitiative()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.STRATEGY__BUDGET_LINES,
				 SocialystFactory.eINSTANCE.createBudgetLine()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.STRATEGY__EXECUTIVE_SPONSOR,
				 SocialystFactory.eINSTANCE.createSponsor()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.STRATEGY__GOVERNANCE,
				 SocialystFactory.eINSTANCE.createGovernance()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.STRATEGY__KPIS,
				 SocialystFactory.eINSTANCE.createKpi()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.STRATEGY__SOFT_VALUES,
				 SocialystFactory.eINSTANCE.createSoftValue()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SocialystEditPlugin.INSTANCE;
	}

}
